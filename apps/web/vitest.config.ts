import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
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
