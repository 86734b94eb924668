import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@stagebureau/db';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let bureau: Record<string, string>;
beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  bureau = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_staff')).headers;
});

const kvk = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));
const send = (method: 'POST' | 'PATCH' | 'GET', url: string, headers: object, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: headers as never, payload });

describe('registering organisations', () => {
  it('when the bureau registers a company, then it starts pending and the write is audited', async () => {
    const response = await send('POST', '/organisations', bureau, {
      kind: 'company',
      name: 'Metaal Noord',
      kvkNumber: kvk(),
      postcode: '9401ab',
    });
    expect(response.statusCode).toBe(201);
    const organisation = response.json();
    expect(organisation).toMatchObject({ status: 'pending', kind: 'company', postcode: '9401 AB' });
    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entity, 'organisation'), eq(auditEvents.entityId, organisation.id)),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', after: { name: 'Metaal Noord' } });
  });

  it('when a BRIN code is lowercase, then it is stored uppercase', async () => {
    const response = await send('POST', '/organisations', bureau, {
      kind: 'school',
      name: 'Vmbo Zuid',
      brinCode: '07xy',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().brinCode).toBe('07XY');
  });

  it.each([
    [{ kind: 'company', name: 'X', kvkNumber: '1234567' }, 'body.kvkNumber'],
    [{ kind: 'company', name: 'X', kvkNumber: '12345678a' }, 'body.kvkNumber'],
    [{ kind: 'school', name: 'X', brinCode: '2QZ' }, 'body.brinCode'],
    [{ kind: 'school', name: 'X', brinCode: 'QZ02' }, 'body.brinCode'],
    [{ kind: 'school', name: 'X', brinCode: '02QZ', postcode: '0123 AB' }, 'body.postcode'],
    [{ kind: 'school', name: 'X', brinCode: '02QZ', postcode: '1234 A' }, 'body.postcode'],
  ])('when the registration is %j, then 422 names %s', async (payload, path) => {
    const response = await send('POST', '/organisations', bureau, payload);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('when a KvK number already exists in the region, then 409 duplicate; another region may use it', async () => {
    const number = kvk();
    const first = await send('POST', '/organisations', bureau, {
      kind: 'company',
      name: 'Eerste',
      kvkNumber: number,
    });
    expect(first.statusCode).toBe(201);
    const second = await send('POST', '/organisations', bureau, {
      kind: 'company',
      name: 'Tweede',
      kvkNumber: number,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('duplicate');

    const otherRegion = (await aRegion(ctx.db)).id;
    const otherBureau = await aLoggedInUser(ctx.app, ctx.db, otherRegion, 'bureau_admin');
    const elsewhere = await send('POST', '/organisations', otherBureau.headers, {
      kind: 'company',
      name: 'Elders',
      kvkNumber: number,
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('when a company user registers an organisation, then 403', async () => {
    const company = await aCompany(ctx.db, regionId);
    const admin = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', company.id);
    const response = await send('POST', '/organisations', admin.headers, {
      kind: 'company',
      name: 'X',
      kvkNumber: kvk(),
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('approval flow', () => {
  it('when the bureau approves, suspends and reinstates, then each step is allowed and audited with its reason', async () => {
    const created = await send('POST', '/organisations', bureau, {
      kind: 'company',
      name: 'Nieuw Bedrijf',
      kvkNumber: kvk(),
    });
    const id = created.json().id;
    for (const status of ['active', 'suspended', 'active']) {
      const response = await send('POST', `/organisations/${id}/status`, bureau, {
        status,
        reason: `naar ${status}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().status).toBe(status);
    }
    const trail = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'status_change')));
    expect(trail.map((row) => [row.before, row.after, row.reason])).toEqual([
      [{ status: 'pending' }, { status: 'active' }, 'naar active'],
      [{ status: 'active' }, { status: 'suspended' }, 'naar suspended'],
      [{ status: 'suspended' }, { status: 'active' }, 'naar active'],
    ]);
  });

  it('when a pending organisation is suspended, then 409 invalid_transition and nothing changes', async () => {
    const company = await aCompany(ctx.db, regionId, { status: 'pending' });
    const response = await send('POST', `/organisations/${company.id}/status`, bureau, {
      status: 'suspended',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('invalid_transition');
    expect((await send('GET', `/organisations/${company.id}`, bureau)).json().status).toBe(
      'pending',
    );
  });

  it('when an organisation is suspended, then its users lose access at once', async () => {
    const company = await aCompany(ctx.db, regionId);
    const member = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_member', company.id);
    expect((await send('GET', '/me', member.headers)).statusCode).toBe(200);
    await send('POST', `/organisations/${company.id}/status`, bureau, { status: 'suspended' });
    expect((await send('GET', '/me', member.headers)).statusCode).toBe(401);
  });
});

describe('reading organisations', () => {
  it('when a school user lists, then it sees active organisations and its own, not pending ones; the bureau sees all', async () => {
    const region = (await aRegion(ctx.db)).id;
    const school = await aSchool(ctx.db, region, { name: 'Eigen School' });
    const active = await aCompany(ctx.db, region, { name: 'Actief Bedrijf', city: 'Assen' });
    const pending = await aCompany(ctx.db, region, { name: 'Wachtend Bedrijf', status: 'pending' });
    const teacher = await aLoggedInUser(ctx.app, ctx.db, region, 'teacher', school.id);
    const regionBureau = await aLoggedInUser(ctx.app, ctx.db, region, 'bureau_admin');

    const seen = (await send('GET', '/organisations', teacher.headers)).json().items;
    expect(seen.map((o: { id: string }) => o.id).sort()).toEqual([school.id, active.id].sort());
    expect((await send('GET', `/organisations/${pending.id}`, teacher.headers)).statusCode).toBe(
      404,
    );

    const all = (await send('GET', '/organisations', regionBureau.headers)).json().items;
    expect(all).toHaveLength(3);
    const pendingOnly = await send('GET', '/organisations?status=pending', regionBureau.headers);
    expect(pendingOnly.json().items.map((o: { id: string }) => o.id)).toEqual([pending.id]);
    const schools = await send('GET', '/organisations?kind=school', regionBureau.headers);
    expect(schools.json().items.map((o: { id: string }) => o.id)).toEqual([school.id]);
    const search = await send('GET', '/organisations?q=assen', regionBureau.headers);
    expect(search.json().items.map((o: { id: string }) => o.id)).toEqual([active.id]);
  });

  it('when a filter has an unknown value or key, then 422', async () => {
    expect((await send('GET', '/organisations?status=gone', bureau)).statusCode).toBe(422);
    expect((await send('GET', '/organisations?colour=red', bureau)).statusCode).toBe(422);
  });
});

describe('editing organisations', () => {
  it('when the company admin edits its own company, then the change and its before/after are stored', async () => {
    const company = await aCompany(ctx.db, regionId, { contactPhone: '0592 111111' });
    const admin = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_admin', company.id);
    const response = await send('PATCH', `/organisations/${company.id}`, admin.headers, {
      contactPhone: '0592 222222',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().contactPhone).toBe('0592 222222');
    const [row] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, company.id), eq(auditEvents.action, 'update')));
    expect(row).toMatchObject({
      before: { contactPhone: '0592 111111' },
      after: { contactPhone: '0592 222222' },
    });
  });

  it('when a company member or another company edits it, then 403 and 404', async () => {
    const company = await aCompany(ctx.db, regionId);
    const member = await aLoggedInUser(ctx.app, ctx.db, regionId, 'company_member', company.id);
    const other = await aLoggedInUser(
      ctx.app,
      ctx.db,
      regionId,
      'company_admin',
      (await aCompany(ctx.db, regionId)).id,
    );
    const patch = (headers: object) =>
      send('PATCH', `/organisations/${company.id}`, headers, { name: 'Overgenomen' });
    expect((await patch(member.headers)).statusCode).toBe(403);
    expect((await patch(other.headers)).statusCode).toBe(404);
  });
});

describe('school locations', () => {
  it('when a coordinator adds a location, then the postcode is normalised and it is listed', async () => {
    const school = await aSchool(ctx.db, regionId);
    const coordinator = await aLoggedInUser(
      ctx.app,
      ctx.db,
      regionId,
      'school_coordinator',
      school.id,
    );
    const created = await send(
      'POST',
      `/organisations/${school.id}/locations`,
      coordinator.headers,
      {
        name: 'Hoofdgebouw',
        postcode: '9402lm',
        city: 'Assen',
        latitude: 52.99,
        longitude: 6.54,
      },
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ postcode: '9402 LM', organisationId: school.id });
    const listed = await send('GET', `/organisations/${school.id}/locations`, coordinator.headers);
    expect(listed.json().items).toHaveLength(1);
  });

  it('when the postcode is not Dutch or the latitude is out of range, then 422 with the field', async () => {
    const school = await aSchool(ctx.db, regionId);
    for (const [body, path] of [
      [{ name: 'A', postcode: '12345', city: 'Assen' }, 'body.postcode'],
      [{ name: 'A', postcode: '1234 AB', city: 'Assen', latitude: 91 }, 'body.latitude'],
    ] as const) {
      const response = await send('POST', `/organisations/${school.id}/locations`, bureau, body);
      expect(response.statusCode).toBe(422);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('when a location is added to a company, then 404: only schools have locations', async () => {
    const company = await aCompany(ctx.db, regionId);
    const response = await send('POST', `/organisations/${company.id}/locations`, bureau, {
      name: 'A',
      postcode: '1234 AB',
      city: 'Assen',
    });
    expect(response.statusCode).toBe(404);
  });
});
