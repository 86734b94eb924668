import { writeFile } from 'node:fs/promises';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { createDatabase } from '@stagebureau/db';
import { buildApp } from './app';
import { loadConfig } from './config';

/**
 * Writes the app's OpenAPI document to the file named on the command line (`pnpm lint:openapi`
 * lints it), or, for a `.ts` file, its TypeScript types (openapi-typescript): the web app's
 * typecheck generates its request types from them. No server and no database: the pool
 * connects on its first query, and building the document runs none (every timer is off).
 */
async function main(path: string | undefined) {
  if (!path) throw new Error('usage: tsx src/writeOpenapi.ts <file.json|file.ts>');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'only-to-build-the-document-never-to-sign-anything',
    NOTIFICATION_INTERVAL_MS: '0',
  });
  const database = createDatabase('postgres://127.0.0.1:1/none', { max: 1 });
  const app = await buildApp({ config, database });
  await app.ready();
  const document = app.swagger();
  const text = path.endsWith('.ts')
    ? `// Generated from the API's OpenAPI document by apps/api/src/writeOpenapi.ts; not committed.\n${astToString(await openapiTS(document as OpenAPI3))}`
    : `${JSON.stringify(document, null, 2)}\n`;
  await writeFile(path, text);
  await app.close();
  await database.close();
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
