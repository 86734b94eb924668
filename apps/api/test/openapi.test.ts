import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from './harness';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  description?: string;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

let ctx: TestContext;
let spec: {
  openapi: string;
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
};
beforeAll(async () => {
  ctx = await startTestApp();
  const response = await ctx.app.inject({ url: '/openapi.json' });
  expect(response.statusCode).toBe(200);
  spec = response.json();
});

const methods = ['get', 'post', 'put', 'patch', 'delete'];

const operations = () =>
  Object.entries(spec.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => ({ method, path, operation })),
  );

/** Guards every engineer's routes: each operation documents itself and its success answer. */
describe('the OpenAPI document', () => {
  it('when served, then it is OpenAPI 3 with the API paths in it', () => {
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/me', '/api/v1/organisations', '/api/v1/audit']),
    );
  });

  it('when any operation is listed, then it has a description and a 2xx response with a schema', () => {
    const defects: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!methods.includes(method)) continue;
        const route = `${method.toUpperCase()} ${path}`;
        if (!operation.description?.trim()) defects.push(`${route}: no description`);
        const successes = Object.entries(operation.responses ?? {}).filter(([status]) =>
          /^2\d\d$/.test(status),
        );
        // A 204 has no body by definition; any other success must say what it returns.
        const documented = successes.some(
          ([status, response]) =>
            status === '204' ||
            Object.values(response.content ?? {}).some((media) => media.schema !== undefined),
        );
        if (!documented) defects.push(`${route}: no 2xx response schema`);
      }
    }
    expect(defects, defects.join('\n')).toEqual([]);
  });
});

/** What integrators' generated clients rely on (issue 21, decision 014). */
describe('the OpenAPI document for integrators', () => {
  it('when any operation is listed, then it has a summary, a unique operationId and declared tags', () => {
    const declared = new Set(spec.tags.map((tag) => tag.name));
    const seen = new Set<string>();
    const defects: string[] = [];
    for (const { method, path, operation } of operations()) {
      const route = `${method.toUpperCase()} ${path}`;
      if (!operation.summary?.trim()) defects.push(`${route}: no summary`);
      if (!operation.operationId) defects.push(`${route}: no operationId`);
      else if (seen.has(operation.operationId)) defects.push(`${route}: duplicate operationId`);
      else seen.add(operation.operationId);
      for (const tag of operation.tags ?? []) {
        if (!declared.has(tag)) defects.push(`${route}: undeclared tag ${tag}`);
      }
      if (!operation.tags?.length) defects.push(`${route}: no tag`);
    }
    expect(defects, defects.join('\n')).toEqual([]);
  });

  it('when an operation declares a bearer token, then it answers 401 without one; the rest declare none', async () => {
    const protectedOnes = operations().filter(({ operation }) => operation.security?.length);
    const publicOnes = operations().filter(({ operation }) => operation.security?.length === 0);
    expect(protectedOnes.length + publicOnes.length).toBe(operations().length);
    expect(publicOnes.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        '/health',
        '/api/v1/auth/login',
        '/api/v1/public/regions/{slug}/offers',
      ]),
    );
    const answers = await Promise.all(
      protectedOnes.map(async ({ method, path }) => {
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await ctx.app.inject({ method: method.toUpperCase() as 'GET', url });
        return `${method.toUpperCase()} ${path}: ${response.statusCode}`;
      }),
    );
    expect(answers.filter((answer) => !answer.endsWith(': 401'))).toEqual([]);
  });
});
