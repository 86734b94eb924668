import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client';
import { oneAtATime } from './oneAtATime';

/** The repository's `migrations/` folder, found by walking up from this file (or MIGRATIONS_DIR). */
export function migrationsFolder(): string {
  if (process.env.MIGRATIONS_DIR) return resolve(process.env.MIGRATIONS_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('migrations folder not found; set MIGRATIONS_DIR');
    dir = parent;
  }
}

/** Migrates; replicas starting together take turns, and the later ones find nothing to do. */
export async function migrateDatabase(db: Database): Promise<void> {
  await oneAtATime(db, 'migrate', () => migrate(db, { migrationsFolder: migrationsFolder() }));
}
