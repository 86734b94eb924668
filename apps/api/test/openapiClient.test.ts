import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import createClient from 'openapi-fetch';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/demo';
import { demoPassword, demoRegion, demoSchools } from '../src/seed/demoData';
import { aDiskBackend } from '../src/modules/storage/storage.testWorld';
import { startTestApp, type TestContext } from './harness';

/**
 * What an integrator does: generate types from the live `/openapi.json` (openapi-typescript),
 * write a small client against them (openapi-fetch), compile it, and call the API. If the
 * document loses an operation or misdescribes an answer, the client no longer compiles.
 */
const clientSource = `
import type createClient from 'openapi-fetch';
import type { paths } from './schema';

export async function run(create: typeof createClient, baseUrl: string, region: string, email: string, password: string) {
  const api = create<paths>({ baseUrl });
  const catalogue = await api.GET('/api/v1/public/regions/{slug}/offers', {
    params: { path: { slug: region } },
  });
  const login = await api.POST('/api/v1/auth/login', { body: { email, password } });
  const token: string | undefined = login.data?.accessToken;
  const headers = { authorization: 'Bearer ' + token };
  const me = await api.GET('/api/v1/me', { headers });
  const school = me.data?.organisation;
  const classes = school
    ? await api.GET('/api/v1/schools/{schoolId}/classes', {
        params: { path: { schoolId: school.id } },
        headers,
      })
    : undefined;
  const anonymous = await api.GET('/api/v1/bookings');
  // @ts-expect-error: the client knows the API's paths; an unknown one does not compile.
  await api.GET('/api/v1/no-such-operation');
  return {
    offerTitles: catalogue.data?.items.map((offer) => offer.title) ?? [],
    role: me.data?.role,
    classNames: classes?.data?.items.map((schoolClass) => schoolClass.name) ?? [],
    anonymous: { status: anonymous.response.status, code: anonymous.error?.code },
  };
}
`;

/** What the compiled `client.ts` exports, as this test (compiled separately) sees it. */
interface CompiledClient {
  run(
    create: typeof createClient,
    ...args: [baseUrl: string, region: string, email: string, password: string]
  ): Promise<{
    offerTitles: string[];
    role: string | undefined;
    classNames: string[];
    anonymous: { status: number; code: string | undefined };
  }>;
}

let ctx: TestContext;
let baseUrl: string;
let document: OpenAPI3;
let dir: string;
beforeAll(async () => {
  ctx = await startTestApp();
  await seedDemo(ctx.db, () => {}, (await aDiskBackend()).store);
  baseUrl = await ctx.listen();
  document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as OpenAPI3;
  dir = await mkdtemp(join(tmpdir(), 'openapi-client-'));
}, 120_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const openapiFetchTypes = join(
  dirname(createRequire(import.meta.url).resolve('openapi-fetch')),
  'index.d.mts',
);

/** Generates `schema.ts` from the document, writes the client beside it, and type-checks both. */
async function compileClient(from: OpenAPI3, folder: string): Promise<string[]> {
  await writeFile(join(folder, 'schema.ts'), astToString(await openapiTS(from, { silent: true })));
  await writeFile(join(folder, 'client.ts'), clientSource);
  const program = ts.createProgram([join(folder, 'client.ts')], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    paths: { 'openapi-fetch': [openapiFetchTypes] },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('a typed client generated from /openapi.json', () => {
  it('when generated and compiled, then it compiles and calls public and protected operations', async () => {
    expect(await compileClient(document, dir)).toEqual([]);
    const js = ts.transpileModule(clientSource, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
    }).outputText;
    await writeFile(join(dir, 'client.mjs'), js);
    const client = (await import(pathToFileURL(join(dir, 'client.mjs')).href)) as CompiledClient;
    const school = demoSchools[0]!;
    const result = await client.run(
      createClient,
      baseUrl,
      demoRegion.slug,
      school.coordinatorEmail,
      demoPassword,
    );
    expect(result.offerTitles.length).toBeGreaterThan(0);
    expect(result.role).toBe('school_coordinator');
    expect(result.classNames.length).toBeGreaterThan(0);
    expect(result.anonymous).toEqual({ status: 401, code: 'unauthenticated' });
  }, 120_000);

  it('when an operation the client uses is missing from the document, then the client does not compile', async () => {
    const { '/api/v1/me': _removed, ...paths } = document.paths ?? {};
    const folder = await mkdtemp(join(dir, 'broken-'));
    const errors = await compileClient({ ...document, paths }, folder);
    expect(errors.join('\n')).toMatch(/\/api\/v1\/me/);
  }, 120_000);
});
