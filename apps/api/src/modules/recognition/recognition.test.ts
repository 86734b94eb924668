import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, feedback, recognitions } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aLoggedInUser, aRegion } from '../../../test/builders';
import { aReportYear } from '../../../test/reportScenario';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aReportYear>>;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aReportYear(ctx.app, ctx.db);
  // S1 rates company B's internship session s5 (2026-11-05) with a 5.
  await ctx.db.insert(feedback).values({
    regionId: world.region.id,
    bookingId: world.bookings.s5c2.id,
    offerId: world.sessions.s5.offerId,
    party: 'school',
    organisationId: world.schools.s1.id,
    rating: 5,
  });
});

const year = '2026-2027';
const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, headers: object, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: headers as never, payload });
const bureau = () => world.users.bureau.headers;

const pdfText = (bytes: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), 'certificate-')), 'award.pdf');
  writeFileSync(file, bytes);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .trim();
};

describe('leerbedrijf van het jaar', () => {
  it('when the bureau reads the ranking, then every score follows the criteria by hand', async () => {
    const response = await call('GET', `/recognition?schoolYear=${year}`, bureau());
    expect(response.statusCode).toBe(200);
    const { candidates, criteria, award } = response.json();
    expect(criteria.map((c: { weight: number }) => c.weight)).toEqual([40, 25, 20, 15]);
    expect(award).toBeNull();
    // In 2026-2027 (s2 starts on 31 July in Amsterdam, the year before): A held s3 (3 h; s4
    // had only a no-show), B held s5 (1,5 h, rated 5), C held s9 (0 h); one session each.
    // B: 40·1 + 25·1 + 20·1 + 15·(1,5/3) = 92,5; A: 0 + 25 + 20 + 15 = 60; C: 25 + 20 = 45.
    expect(
      candidates.map((c: { companyId: string; rank: number; score: number }) => [
        c.companyId,
        c.rank,
        c.score,
      ]),
    ).toEqual([
      [world.companies.b.id, 1, 92.5],
      [world.companies.a.id, 2, 60],
      [world.companies.c.id, 3, 45],
    ]);
    expect(candidates[0]).toMatchObject({ heldSessions: 1, inKindHours: 1.5, averageRating: 5 });
  });

  it('when a company or a school asks for the ranking, then it is refused', async () => {
    for (const headers of [world.users.companyAUser.headers, world.users.s1User.headers])
      expect((await call('GET', '/recognition', headers)).statusCode).toBe(403);
  });

  it('when the bureau awards a company, then the year has one award, the company its certificate and the public its badge', async () => {
    const citation = 'Voor elke leerling een warme plek, en een vijf van iedere school.';
    const awarded = await call('PUT', `/recognition/${year}/award`, bureau(), {
      companyId: world.companies.b.id,
      citation,
    });
    expect(awarded.statusCode).toBe(200);
    const award = awarded.json();
    expect(award).toMatchObject({ companyName: 'Bouwbedrijf Berg', schoolYear: year, citation });

    const again = await call('PUT', `/recognition/${year}/award`, bureau(), {
      companyId: world.companies.a.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('duplicate');
    expect(await ctx.db.select().from(recognitions)).toHaveLength(1);

    const url = `/recognition/awards/${award.id}/certificate.pdf`;
    const certificate = await call('GET', url, world.users.companyBUser.headers);
    expect(certificate.statusCode).toBe(200);
    expect(certificate.headers['content-type']).toBe('application/pdf');
    const text = pdfText(certificate.rawPayload);
    expect(text).toContain('Leerbedrijf van het jaar');
    expect(text).toContain(`schooljaar ${year}`);
    expect(text).toContain('Bouwbedrijf Berg');
    expect(text).toContain('een vijf van iedere school');
    for (const headers of [world.users.companyAUser.headers, world.users.s1User.headers])
      expect((await call('GET', url, headers)).statusCode).toBe(404);

    const publicList = await call('GET', `/public/regions/${world.region.slug}/awards`, {});
    expect(publicList.json().items).toEqual([
      {
        id: award.id,
        companyId: world.companies.b.id,
        companyName: 'Bouwbedrijf Berg',
        schoolYear: year,
      },
    ]);
    const ranking = await call('GET', `/recognition?schoolYear=${year}`, bureau());
    expect(ranking.json().award.id).toBe(award.id);

    const audit = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, award.id));
    expect(audit.map((row) => row.action)).toEqual(['create']);
  });

  it('when the award is withdrawn, then the badge goes and another company can be awarded', async () => {
    expect((await call('DELETE', `/recognition/${year}/award`, bureau())).statusCode).toBe(204);
    const publicList = await call('GET', `/public/regions/${world.region.slug}/awards`, {});
    expect(publicList.json().items).toEqual([]);
    expect((await call('DELETE', `/recognition/${year}/award`, bureau())).statusCode).toBe(404);
    const awarded = await call('PUT', `/recognition/${year}/award`, bureau(), {
      companyId: world.companies.a.id,
    });
    expect(awarded.statusCode).toBe(200);
  });

  it('when the input is bad or the company is not the region’s, then nothing is awarded', async () => {
    const other = await aRegion(ctx.db);
    const otherBureau = await aLoggedInUser(ctx.app, ctx.db, other.id, 'bureau_staff');
    const cases = [
      { url: '/recognition/2026-2028/award', body: { companyId: world.companies.a.id } },
      { url: '/recognition/2027-2028/award', body: { companyId: 'nope' } },
      { url: '/recognition/2027-2028/award', body: { companyId: world.companies.a.id, x: 1 } },
    ];
    for (const { url, body } of cases)
      expect((await call('PUT', url, bureau(), body)).statusCode).toBe(422);
    const foreign = await call('PUT', '/recognition/2027-2028/award', otherBureau.headers, {
      companyId: world.companies.a.id,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await ctx.db.select().from(recognitions)).map((row) => row.schoolYear)).toEqual([year]);
  });
});
