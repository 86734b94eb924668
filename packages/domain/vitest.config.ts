import { defineConfig } from 'vitest/config';

// Property tests run hundreds of cases; on a loaded 2-core CI machine 5 s is too tight.
export default defineConfig({
  test: { name: 'domain', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
