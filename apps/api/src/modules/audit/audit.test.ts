import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { aCompany, aLoggedInUser, aRegion } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let staff: { headers: Record<string, string>; user: { id: string } };
let admin: { headers: Record<string, string>; user: { id: string } };
let companyId: string;
let startedAt: string;

interface AuditItem {
  id: number;
  entity: string;
  entityId: string;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  createdAt: string;
}

const audit = async (query = '', headers = admin.headers) => {
  const response = await ctx.app.inject({ url: `/api/v1/audit${query}`, headers });
  expect(response.statusCode).toBe(200);
  return response.json<{ items: AuditItem[]; nextBefore: number | null }>();
};

beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  staff = await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff');
  admin = await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_admin');
  startedAt = new Date(Date.now() - 1000).toISOString();
  companyId = (await aCompany(ctx.db, regionId, { status: 'pending' })).id;
  // A few real writes through the API: approval, an edit, two taxonomy terms.
  const write = (method: 'POST' | 'PATCH', url: string, payload: object, headers = staff.headers) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers, payload });
  await write('POST', `/organisations/${companyId}/status`, { status: 'active' });
  await write('PATCH', `/organisations/${companyId}`, { city: 'Assen' }, admin.headers);
  await write('POST', '/taxonomy', { kind: 'sector', code: 'bouw', label: 'Bouw' });
  await write('POST', '/taxonomy', { kind: 'sector', code: 'ict', label: 'ICT' });

  const other = (await aRegion(ctx.db)).id;
  const otherBureau = await aLoggedInUser(ctx.app, ctx.db, other, 'bureau_admin');
  await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/taxonomy',
    headers: otherBureau.headers,
    payload: { kind: 'sector', code: 'elders', label: 'Elders' },
  });
});

describe('reading the audit trail', () => {
  it("when the bureau reads it, then it sees the region's writes newest first and nothing of other regions", async () => {
    const page = await audit();
    expect(page.items.map((item) => item.action)).toEqual([
      'create',
      'create',
      'update',
      'status_change',
    ]);
    expect(page.items.map((item) => item.id)).toEqual(
      [...page.items.map((item) => item.id)].sort((a, b) => b - a),
    );
    expect(JSON.stringify(page.items)).not.toContain('elders');
  });

  it('when filtered by entity, entityId, action or actor, then only matching rows', async () => {
    expect((await audit('?entity=taxonomy_term')).items).toHaveLength(2);
    const forCompany = await audit(`?entity=organisation&entityId=${companyId}`);
    expect(forCompany.items.map((item) => item.action)).toEqual(['update', 'status_change']);
    expect((await audit('?action=status_change')).items).toHaveLength(1);
    const byAdmin = await audit(`?actorUserId=${admin.user.id}`);
    expect(byAdmin.items.map((item) => item.action)).toEqual(['update']);
  });

  it('when a row is read, then it names its actor, not only an id', async () => {
    const [names] = (
      await ctx.db.execute<{ name: string }>(
        sql`select name from users where id = ${admin.user.id}`,
      )
    ).rows;
    const [row] = (await audit(`?actorUserId=${admin.user.id}`)).items;
    expect(row!.actorName).toBe(names!.name);
  });

  it('when filtered by time, then rows outside from/to are left out', async () => {
    expect((await audit(`?from=${encodeURIComponent(startedAt)}`)).items).toHaveLength(4);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await audit(`?from=${encodeURIComponent(future)}`)).items).toHaveLength(0);
    expect((await audit(`?to=${encodeURIComponent(startedAt)}`)).items).toHaveLength(0);
  });

  it('when paged with limit and before, then pages follow each other without overlap', async () => {
    const first = await audit('?limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextBefore).toBe(first.items[2]!.id);
    const second = await audit(`?limit=3&before=${first.nextBefore}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextBefore).toBeNull();
    const all = (await audit()).items.map((item) => item.id);
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(all);
  });

  it('when a filter is malformed, then 422', async () => {
    const response = await ctx.app.inject({
      url: '/api/v1/audit?actorUserId=someone&limit=1000',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.actorUserId', 'querystring.limit']));
  });

  it('when a company user reads it, then 403', async () => {
    const company = await aCompany(ctx.db, regionId);
    const member = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', company.id);
    const response = await ctx.app.inject({ url: '/api/v1/audit', headers: member.headers });
    expect(response.statusCode).toBe(403);
  });
});

describe('the audit trail is append-only', () => {
  it('when a row is updated, deleted or the table truncated, then the database refuses', async () => {
    const before = await audit();
    await expect(ctx.db.execute(sql`update audit_events set action = 'forged'`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    expect(await audit()).toEqual(before);
  });
});
