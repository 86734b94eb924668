import { defineConfig } from 'vitest/config';

/**
 * Crash and operations tests (`pnpm test:crash`): each file starts its own PostgreSQL and runs
 * the real server as a child process, then kills, stops or restores things. One file at a time:
 * they are heavy, and the machine has two cores.
 */
export default defineConfig({
  test: {
    name: 'api-crash',
    include: ['crash/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
