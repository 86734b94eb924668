import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// No SvelteKit plugin here: it reads svelte.config.js from the working directory, which is the
// repository root when the root vitest runs every project. Unit tests only need `$lib`.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: { $lib: resolve(import.meta.dirname, 'src/lib') } },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser journeys share one running stack; run them one file at a time on 2 cores.
    fileParallelism: false,
  },
});
