import type { Database } from '@stagebureau/db';
import { createPlatformAdmin, hasPlatformAdmin } from './service';

/** The demo's platform admin, listed in README.md with the other demo logins. */
export const demoPlatformAdmin = {
  email: 'platform@demo.stagebureau.nl',
  name: 'Platformbeheer Demo',
} as const;

export interface FirstStartOptions {
  demo: boolean;
  demoPassword: string;
  email?: string;
  password?: string;
}

/**
 * "Created from the command line on first start" (issue 21): when no platform admin exists,
 * the demo gets its known one; an installation gets the one PLATFORM_ADMIN_EMAIL and
 * PLATFORM_ADMIN_PASSWORD name; otherwise the log says how to make one with the CLI.
 */
export async function ensureFirstPlatformAdmin(
  db: Database,
  options: FirstStartOptions,
  log: (line: string) => void,
): Promise<void> {
  if (await hasPlatformAdmin(db)) return;
  if (options.email && options.password) {
    await createPlatformAdmin(db, {
      email: options.email,
      name: 'Platformbeheer',
      password: options.password,
    });
    log(`created platform admin ${options.email} (from PLATFORM_ADMIN_EMAIL)`);
    return;
  }
  if (options.demo) {
    await createPlatformAdmin(db, { ...demoPlatformAdmin, password: options.demoPassword });
    log(
      `created demo platform admin ${demoPlatformAdmin.email} (password ${options.demoPassword})`,
    );
    return;
  }
  log(
    'no platform admin yet: set PLATFORM_ADMIN_EMAIL and PLATFORM_ADMIN_PASSWORD, or run ' +
      '`pnpm --filter @stagebureau/api platform create-admin --email … --name …`',
  );
}
