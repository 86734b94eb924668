import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aCompany, aLoggedInUser, aRegion } from '../../../test/builders';
import { aReportYear } from '../../../test/reportScenario';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aReportYear>>;
let otherRegionBureau: Awaited<ReturnType<typeof aLoggedInUser>>;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aReportYear(ctx.app, ctx.db);
  const otherRegion = await aRegion(ctx.db);
  await aCompany(ctx.db, otherRegion.id);
  otherRegionBureau = await aLoggedInUser(ctx.app, ctx.db, otherRegion.id, 'bureau_admin');
});

const get = (url: string, headers: Record<string, string>) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

describe('who may read reports', () => {
  it('when a school or a company asks for coverage, fairness or engagement, then it is forbidden', async () => {
    for (const name of ['coverage', 'fairness', 'engagement']) {
      expect((await get(`/reports/${name}`, world.users.s1User.headers)).statusCode).toBe(403);
      expect((await get(`/reports/${name}`, world.users.companyAUser.headers)).statusCode).toBe(
        403,
      );
      expect((await get(`/reports/${name}`, world.users.bureau.headers)).statusCode).toBe(200);
    }
  });

  it('when a company asks for co-financing, then it gets only its own rows; another company does not exist for it', async () => {
    const own = await get('/reports/co-financing', world.users.companyBUser.headers);
    expect(own.statusCode).toBe(200);
    expect(own.json().total.amountCents).toBe(18000);
    expect(new Set(own.json().rows.map((r: { companyId: string }) => r.companyId))).toEqual(
      new Set([world.companies.b.id]),
    );
    const other = await get(
      `/reports/co-financing?companyId=${world.companies.a.id}`,
      world.users.companyBUser.headers,
    );
    expect(other.statusCode).toBe(404);
    expect((await get('/reports/co-financing', world.users.s2User.headers)).statusCode).toBe(403);
  });

  it('when a company opens its own statement, then it is printable Dutch HTML with its activities and thanks', async () => {
    const response = await get(
      `/companies/${world.companies.a.id}/co-financing-statement?schoolYear=2025-2026`,
      world.users.companyAUser.headers,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<html lang="nl">');
    expect(response.body).toContain('@media print');
    expect(response.body).toContain('Hartelijk dank');
    // The name is escaped, and both 2025-2026 guest lessons are on it: 2 × € 150,00.
    expect(response.body).toContain('Bakkerij; &quot;Zoet&quot; &amp; Zn');
    expect(response.body).toContain('€ 300,00');
    expect(response.body).toContain('31-07-2026');
  });

  it("when a company asks for another company's statement, then it does not exist; a school is refused", async () => {
    const url = `/reports/co-financing/statement?companyId=${world.companies.a.id}`;
    expect((await get(url, world.users.companyBUser.headers)).statusCode).toBe(404);
    expect((await get(url, world.users.s1User.headers)).statusCode).toBe(403);
    expect((await get(url, world.users.bureau.headers)).statusCode).toBe(200);
  });

  it("when the bureau of another region asks for a company's statement or rows, then it does not exist", async () => {
    const id = world.companies.a.id;
    const headers = otherRegionBureau.headers;
    expect((await get(`/reports/co-financing/statement?companyId=${id}`, headers)).statusCode).toBe(
      404,
    );
    expect((await get(`/companies/${id}/co-financing-statement`, headers)).statusCode).toBe(404);
    expect((await get(`/reports/co-financing?companyId=${id}`, headers)).statusCode).toBe(404);
    const all = await get('/reports/co-financing', headers);
    expect(all.json().rows).toEqual([]);
  });
});
