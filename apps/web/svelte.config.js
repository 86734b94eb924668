import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    // The API is the only backend; pages never call it from the browser, so no CORS is needed.
    csrf: { trustedOrigins: [] },
    // Type-check the browser journeys, the scripts and the test config with the app.
    typescript: {
      config: (tsconfig) => {
        tsconfig.include.push('../e2e/**/*.ts', '../scripts/**/*.ts', '../vitest.config.ts');
      },
    },
  },
};

export default config;
