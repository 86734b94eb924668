import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { aLoggedInUser, aRegion } from '../builders';
import { startTestApp, type TestContext } from '../harness';
import { aLoggedInPlatformAdmin } from '../platformBuilders';
import { aForeignWorld, type ForeignWorld } from './foreignWorld';
import { foreignExample } from './foreignIds';
import { idRoutes } from './idRoutes';
import { hostileText, hostileValue } from './hostileValues';
import { fillPath, operationsOf, type Operation } from './openapiOperations';
import { tableSnapshot } from './snapshot';

/**
 * Hostile input against every operation in /openapi.json: wrong types, huge strings, deep
 * nesting, unicode edge cases (NUL, lone surrogates, RTL, zero-width), injections, extreme
 * numbers and impossible dates in the body, query and path. Never a 5xx, always problem+json
 * for a refusal, and a refused request changes no table.
 */
const runsPerOperation = 6;

let ctx: TestContext;
let operations: Operation[];
let world: ForeignWorld;
let headers: Record<string, Record<string, string>>;
beforeAll(async () => {
  ctx = await startTestApp({ NOTIFICATION_INTERVAL_MS: '0' });
  operations = await operationsOf(ctx.app);
  const region = await aRegion(ctx.db);
  // The callers' own region: their ids are valid, so hostile values reach the handlers.
  world = await aForeignWorld(ctx.app, ctx.db, region);
  headers = {
    bureau: (await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin')).headers,
    school: (
      await aLoggedInUser(ctx.app, ctx.db, region.id, 'school_coordinator', world.ids.school)
    ).headers,
    company: (await aLoggedInUser(ctx.app, ctx.db, region.id, 'company_admin', world.ids.company))
      .headers,
  };
  // The platform's routes refuse every user: hostile input reaches them with a platform token.
  headers.platform = (await aLoggedInPlatformAdmin(ctx.app, ctx.db)).headers;
});

const rawBodies = [
  '{"__proto__": {"role": "bureau_admin"}}',
  '{"constructor": {"prototype": {"isAdmin": true}}}',
  '{"a": 1, "a": 2}',
  '['.repeat(10_000),
  '"\\u0000"',
  '{"x": "\\ud800"}',
];

/** A request for the operation with hostile values in one or more places. */
const hostileRequest = (operation: Operation) =>
  fc.record({
    caller: fc.constantFrom('bureau', 'school', 'company'),
    pathValues: fc.array(fc.option(hostileText, { freq: 2 }), {
      minLength: operation.pathParams.length,
      maxLength: operation.pathParams.length,
    }),
    queryField: fc.option(
      fc.tuple(
        fc.constantFrom(...Object.keys(operation.query?.properties ?? {}), 'onbekend'),
        hostileText,
      ),
    ),
    body: fc.oneof(
      fc.record({
        kind: fc.constant('field' as const),
        fields: fc.array(
          fc.tuple(
            fc.constantFrom(...Object.keys(operation.body?.properties ?? {}), 'onbekend'),
            hostileValue,
          ),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      fc.record({ kind: fc.constant('whole' as const), value: hostileValue }),
      fc.record({ kind: fc.constant('raw' as const), text: fc.constantFrom(...rawBodies) }),
      fc.record({ kind: fc.constant('nul' as const) }),
    ),
  });

async function send(operation: Operation, input: unknown) {
  const { caller, pathValues, queryField, body } = input as {
    caller: string;
    pathValues: (string | null)[];
    queryField: [string, string] | null;
    body:
      | { kind: 'field'; fields: [string, unknown][] }
      | { kind: 'whole'; value: unknown }
      | { kind: 'raw'; text: string }
      | { kind: 'nul' };
  };
  const ignored = new Set<string>();
  const route = idRoutes[operation.key];
  const values = Object.fromEntries(
    operation.pathParams.map((name, index) => {
      const entity = route?.params[name];
      const valid =
        entity === 'ownRegionSlug' ? world.ids.regionSlug : entity ? world.ids[entity] : 'x';
      return [name, pathValues[index] ?? valid];
    }),
  );
  const query = (foreignExample(operation.query, world.ids, ignored, 'query') ?? {}) as Record<
    string,
    unknown
  >;
  if (queryField) query[queryField[0]] = queryField[1];
  let payload: string | undefined;
  if (operation.method !== 'GET' && operation.method !== 'DELETE') {
    if (body.kind === 'raw') payload = body.text;
    else if (body.kind === 'whole') payload = JSON.stringify(body.value ?? null);
    else if (body.kind === 'nul') {
      // A valid body in which every text carries a NUL, which PostgreSQL cannot store.
      const valid = foreignExample(operation.body, world.ids, ignored, 'body') ?? {};
      payload = JSON.stringify(valid, (_key, value: unknown) =>
        typeof value === 'string' ? `${value}\u0000` : value,
      );
    } else {
      const valid = (foreignExample(operation.body, world.ids, ignored, 'body') ?? {}) as object;
      payload = JSON.stringify({ ...valid, ...Object.fromEntries(body.fields) });
    }
  }
  return ctx.app.inject({
    method: operation.method,
    url: fillPath(operation.path, values),
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    headers: {
      ...headers[operation.path.startsWith('/api/v1/platform/') ? 'platform' : caller],
      'idempotency-key': randomUUID(),
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(payload !== undefined ? { payload } : {}),
  });
}

describe('hostile input against every operation', () => {
  it('when any operation gets hostile input, then never a 5xx, problem+json on refusal, and no stored change', async () => {
    const defects: string[] = [];
    let known: Record<string, string> | null = null;
    for (const operation of operations) {
      await fc
        .assert(
          fc.asyncProperty(hostileRequest(operation), async (input) => {
            // A refused request left the tables as they were (checked below), so its snapshot is
            // the next one's "before": one snapshot per refusal instead of two.
            const before = (known ??= await tableSnapshot(ctx.db));
            known = null;
            const response = await send(operation, input);
            const where = `${operation.key} → ${response.statusCode}`;
            if (response.statusCode >= 500) {
              defects.push(`${where}: ${JSON.stringify(input).slice(0, 300)}`);
              return false;
            }
            if (response.statusCode >= 400) {
              if (!String(response.headers['content-type']).includes('application/problem+json')) {
                defects.push(`${where}: not problem+json`);
                return false;
              }
              const after = await tableSnapshot(ctx.db);
              const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
              if (changed.length) {
                defects.push(`${where}: refused but changed ${changed.join(', ')}`);
                return false;
              }
              known = after;
            }
            return true;
          }),
          { numRuns: runsPerOperation, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(operations.length).toBeGreaterThan(50);
    expect(defects, defects.join('\n')).toEqual([]);
    // Every operation of the API, each with its runs: longer than the default test timeout,
    // and in CI it shares the machine with every other test file (240 s was once not enough).
  }, 900_000);
});

describe('known hostile values', () => {
  const postTerm = (label: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/taxonomy',
      headers: headers.bureau,
      payload: { kind: 'sector', code: `c-${randomUUID().slice(0, 8)}`, label },
    });

  it('when a text holds a NUL character (PostgreSQL refuses it), then 422, not 500, and nothing is stored', async () => {
    const before = await tableSnapshot(ctx.db);
    const response = await postTerm('Bouw\u0000en techniek');
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await tableSnapshot(ctx.db)).toEqual(before);
  });

  it('when a path segment is longer than the router allows, then 422 problem+json', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/offers/${'a'.repeat(5000)}`,
      headers: headers.bureau,
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('when a text holds RTL or zero-width characters, then it is stored and read back as sent', async () => {
    const label = 'x\u202eRTL\u200b';
    const response = await postTerm(label);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().label).toBe(label);
  });

  it('when a text holds a lone surrogate, then 422 naming the field, and nothing is stored', async () => {
    // UTF-8 cannot encode it: a text column would store U+FFFD, a jsonb column fails mid-write
    // (the sign-up's reason goes into the notification outbox; that was a 500).
    const before = await tableSnapshot(ctx.db);
    const term = await postTerm('Bouw\ud800');
    const withdrawal = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sign-ups/${world.ids.signUp}/withdraw`,
      headers: { ...headers.bureau, 'content-type': 'application/json' },
      payload: '{"reason": "\\ud800"}',
    });
    for (const [response, path] of [
      [term, 'body.label'],
      [withdrawal, 'body.reason'],
    ] as const) {
      expect(response.statusCode, response.body).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors).toEqual([{ path, message: expect.any(String) }]);
    }
    expect(await tableSnapshot(ctx.db)).toEqual(before);
  });
});
