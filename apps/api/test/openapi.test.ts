import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from './harness';

interface Operation {
  description?: string;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

let ctx: TestContext;
let spec: { openapi: string; paths: Record<string, Record<string, Operation>> };
beforeAll(async () => {
  ctx = await startTestApp();
  const response = await ctx.app.inject({ url: '/openapi.json' });
  expect(response.statusCode).toBe(200);
  spec = response.json();
});

const methods = ['get', 'post', 'put', 'patch', 'delete'];

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
