import { defineConfig } from 'tsup';

// Production build: one ESM bundle with the workspace packages inlined; npm dependencies stay external.
export default defineConfig({
  entry: ['src/server.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  noExternal: [/^@stagebureau\//],
});
