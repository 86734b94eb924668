import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '.data/**',
      'migrations/**',
      '**/bench/results/**',
      'apps/web/src/lib/server/apiTypes.generated.ts',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The domain is the functional core: no IO, no framework, no database (STYLE §5).
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fastify',
                'fastify-*',
                '@fastify/*',
                'pg',
                'drizzle-orm',
                'drizzle-orm/*',
                'node:*',
                '@stagebureau/db',
              ],
              message: 'packages/domain stays pure: no IO, HTTP or SQL.',
            },
          ],
        },
      ],
    },
  },
  {
    // One owner per table (STYLE): a module's repo and routes are private to it. Other modules
    // call what it exports from its service (or index) file.
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/repo', '../*/routes', '../*/*Repo', '../*/*Routes'],
              message:
                "Another module's repo and routes are private: import what it exports from its service (or index).",
            },
          ],
        },
      ],
    },
  },
);
