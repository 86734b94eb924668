import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBureau, roles, type Role } from '@stagebureau/domain';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../builders';
import { startTestApp, type TestContext } from '../harness';
import { aForeignWorld, type ForeignWorld } from './foreignWorld';
import { foreignExample } from './foreignIds';
import { idRoutes } from './idRoutes';
import { fillPath, operationsOf, type Operation } from './openapiOperations';
import { tableSnapshot } from './snapshot';

/**
 * OWASP API1 (broken object-level authorisation), generated from /openapi.json: every
 * operation is called by every role with another organisation's and another region's ids in
 * its path, query and body. Nothing may succeed, nothing may be written, and no answer may
 * carry the other side's data.
 */
let ctx: TestContext;
let operations: Operation[];
let headers: Record<Role, Record<string, string>>;
let ownSlug: string;
let foreign: { otherOrganisation: ForeignWorld; otherRegion: ForeignWorld };

beforeAll(async () => {
  ctx = await startTestApp();
  operations = await operationsOf(ctx.app);
  const region = await aRegion(ctx.db);
  const otherRegion = await aRegion(ctx.db);
  ownSlug = region.slug;
  const school = await aSchool(ctx.db, region.id);
  const company = await aCompany(ctx.db, region.id);
  const organisationOf = (role: Role) =>
    isBureau(role) ? null : role.startsWith('company') ? company.id : school.id;
  headers = {} as typeof headers;
  for (const role of roles) {
    headers[role] = (
      await aLoggedInUser(ctx.app, ctx.db, region.id, role, organisationOf(role))
    ).headers;
  }
  foreign = {
    otherOrganisation: await aForeignWorld(ctx.app, ctx.db, region),
    otherRegion: await aForeignWorld(ctx.app, ctx.db, otherRegion),
  };
});

const denied = [403, 404];

describe('object-level authorisation over every operation', () => {
  it('when an operation has a path parameter, then it is classified', () => {
    const unclassified = operations
      .filter((operation) => operation.pathParams.length && !idRoutes[operation.key])
      .map((operation) => operation.key);
    expect(unclassified, 'add these to test/security/idRoutes.ts').toEqual([]);
    const stale = Object.keys(idRoutes).filter(
      (key) => !operations.some((operation) => operation.key === key),
    );
    expect(stale, 'routes classified but no longer served').toEqual([]);
  });

  for (const scope of ['otherOrganisation', 'otherRegion'] as const) {
    it(`when every role uses ids of ${scope}, then no operation answers with its data or writes anything`, async () => {
      const world = foreign[scope];
      const unknownFields = new Set<string>();
      const defects: string[] = [];
      const before = await tableSnapshot(ctx.db);
      let deniedCount = 0;
      for (const operation of operations) {
        const route = idRoutes[operation.key];
        if (route?.otherOrganisation === 'public' || route?.otherOrganisation === 'vocabulary')
          continue;
        if (scope === 'otherOrganisation' && route?.otherOrganisation === 'shared') continue;
        const pathValues = Object.fromEntries(
          Object.entries(route?.params ?? {}).map(([name, entity]) => [
            name,
            entity === 'ownRegionSlug' ? ownSlug : world.ids[entity],
          ]),
        );
        const url = fillPath(operation.path, pathValues);
        const used: string[] = [];
        const query = foreignExample(
          operation.query,
          world.ids,
          unknownFields,
          `${operation.key} query`,
          used,
        );
        const body = foreignExample(
          operation.body,
          world.ids,
          unknownFields,
          `${operation.key} body`,
          used,
        );
        // Sign-in and the caller's own settings name no row of anyone else.
        if (!operation.pathParams.length && !used.length && operation.method !== 'GET') continue;
        if (!operation.authenticated && !route) continue;
        const mustNotShow =
          scope === 'otherRegion' ? [...world.secrets, ...world.regionVisible] : world.secrets;
        for (const role of roles) {
          // The bureau works the whole region: another organisation's rows are its own.
          if (scope === 'otherOrganisation' && isBureau(role)) continue;
          const response = await ctx.app.inject({
            method: operation.method,
            url,
            query: query as Record<string, string>,
            headers: { ...headers[role], 'idempotency-key': randomBytes(8).toString('hex') },
            ...(operation.body ? { payload: body as object } : {}),
          });
          const cell = `${role} ${operation.key} → ${response.statusCode}`;
          const leaked = mustNotShow.filter((secret) => response.body.includes(secret));
          if (leaked.length) defects.push(`${cell}: body shows ${leaked.join(', ')}`);
          const hasPathIds = operation.pathParams.length > 0;
          if (hasPathIds || operation.method !== 'GET') {
            // With foreign ids in the path (or a write naming foreign rows), nothing succeeds.
            if (response.statusCode < 300) defects.push(`${cell}: succeeded`);
            else if (denied.includes(response.statusCode)) deniedCount++;
            else if (response.statusCode !== 422 && response.statusCode !== 403) {
              defects.push(`${cell}: ${response.body.slice(0, 160)}`);
            }
          } else if (response.statusCode >= 500) {
            defects.push(`${cell}: server error`);
          }
        }
      }
      expect([...unknownFields], 'id fields to add to entityOfField').toEqual([]);
      expect(defects, defects.join('\n')).toEqual([]);
      expect(deniedCount).toBeGreaterThan(50);
      expect(await tableSnapshot(ctx.db)).toEqual(before);
    });
  }
});
