import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aReportYear } from '../../../test/reportScenario';
import { readXlsx, xlsxType } from '../../../test/xlsxRead';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aReportYear>>;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aReportYear(ctx.app, ctx.db);
});

const report = async (name: string, query: string) => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/reports/${name}?${query}`,
    headers: world.users.bureau.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const rate = (feedbackFor: { id: string }, headers: Record<string, string>, rating: number) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/bookings/${feedbackFor.id}/feedback`,
    headers,
    payload: { rating },
  });

describe('coverage report', () => {
  it('when a school year is chosen, then confirmed and completed bookings count, per school, level, profile, tag, type and month', async () => {
    const coverage = await report('coverage', 'schoolYear=2025-2026');
    // s1 c1 (20) + s1 c3 (30) + s2 c1 (20, the 31 July session); s7/s8 cancelled or waiting.
    expect(coverage.total).toEqual({ activities: 3, seats: 70 });
    expect(
      coverage.bySchool.map(
        (b: { name: string; activities: number; seats: number; noActivity: boolean }) => [
          b.name,
          b.activities,
          b.seats,
          b.noActivity,
        ],
      ),
    ).toEqual([
      ['Atheneum Noord', 2, 40, false],
      ['Vakcollege Zuid', 1, 30, false],
      ['Zeevaartschool', 0, 0, true],
    ]);
    expect(coverage.byLevel).toEqual([
      { key: 'havo', activities: 0, seats: 0, noActivity: true },
      { key: 'mbo-2', activities: 0, seats: 0, noActivity: true },
      { key: 'vmbo-kb', activities: 3, seats: 70, noActivity: false },
    ]);
    expect(coverage.byVmboProfile).toEqual([
      { key: 'none', activities: 1, seats: 30 },
      { key: 'PIE', activities: 2, seats: 40 },
    ]);
    expect(coverage.bySectorTag).toEqual([{ key: 'bouw', activities: 3, seats: 70 }]);
    expect(coverage.byMonth).toEqual([
      { key: '2026-03', activities: 2, seats: 50 },
      { key: '2026-07', activities: 1, seats: 20 },
    ]);
    expect(coverage.schoolsWithoutActivity).toEqual([world.schools.s3.id]);
    expect(coverage.levelsWithoutActivity).toEqual(['havo', 'mbo-2']);
  });

  it('when no-shows and cancellations fall in the year, then they do not count', async () => {
    const coverage = await report('coverage', 'schoolYear=2026-2027');
    // s3 c2 (25) + s9 c3 (30) + s5 c2 (25); s3 c3 and s4 c1 no-show, s5 c1 cancelled.
    expect(coverage.total).toEqual({ activities: 3, seats: 80 });
    expect(coverage.byOfferType).toEqual([
      { key: 'company_visit', activities: 1, seats: 25 },
      { key: 'internship', activities: 2, seats: 55 },
    ]);
    expect(coverage.levelsWithoutActivity).toEqual(['mbo-2']);
  });
});

describe('fairness report', () => {
  it("when a year is chosen, then each school's seat share stands against its student share, with the Gini of seats per student", async () => {
    const fairness = await report('fairness', 'schoolYear=2025-2026');
    const [s1, s2, s3] = fairness.schools;
    expect(s1).toMatchObject({ name: 'Atheneum Noord', students: 45, seats: 40, requests: 2 });
    expect(s1.studentShare).toBeCloseTo(0.5, 10);
    expect(s1.seatShare).toBeCloseTo(4 / 7, 10);
    expect(s1.shareRatio).toBeCloseTo(8 / 7, 10);
    expect(s1.firstPreferenceRate).toBe(0.5);
    expect(s1.waitlist).toEqual({ promoted: 0, waiting: 0, cancelled: 1, other: 0 });
    expect(s2).toMatchObject({ students: 30, seats: 30, requests: 1, firstPreferenceRate: 0 });
    expect(s2.shareRatio).toBeCloseTo(9 / 7, 10);
    expect(s2.waitlist).toEqual({ promoted: 0, waiting: 1, cancelled: 0, other: 0 });
    expect(s3).toMatchObject({ students: 15, seats: 0, shareRatio: 0, firstPreferenceRate: null });
    // Seats per student 0, 8/9, 1: Gini 6/17.
    expect(fairness.gini).toBeCloseTo(6 / 17, 10);
    expect(fairness.giniByYear.map((y: { schoolYear: string }) => y.schoolYear)).toEqual([
      '2024-2025',
      '2025-2026',
      '2026-2027',
    ]);
    expect(fairness.giniByYear[0].gini).toBeCloseTo(2 / 3, 10);
    expect(fairness.giniByYear[2].gini).toBeCloseTo(20 / 57, 10);
  });
});

describe('engagement report', () => {
  it('when schools rate activities, then ratings, new and returning companies and the internship ranking follow', async () => {
    const { s1User, s2User } = world.users;
    expect((await rate(world.bookings.s5c2, s1User.headers, 4)).statusCode).toBe(201);
    expect((await rate(world.bookings.s9c3, s2User.headers, 5)).statusCode).toBe(201);
    expect((await rate(world.bookings.s3c2, s1User.headers, 3)).statusCode).toBe(201);
    const engagement = await report('engagement', 'schoolYear=2026-2027');
    expect(engagement).toMatchObject({
      activeCompanies: 3,
      newCompanies: 1,
      repeatCompanies: 1,
      repeatRate: 1,
    });
    const byName = Object.fromEntries(
      engagement.companies.map((c: { companyName: string }) => [c.companyName, c]),
    );
    expect(byName[world.companies.a.name]).toMatchObject({
      heldSessions: 1,
      noShows: 2,
      cancelledBookings: 0,
      isNew: false,
      isRepeat: true,
      averageRating: 3,
    });
    expect(byName['Bouwbedrijf Berg']).toMatchObject({
      heldSessions: 1,
      cancelledBookings: 1,
      isNew: false,
      isRepeat: false,
      averageRating: 4,
    });
    expect(byName['Constructie Centraal']).toMatchObject({ isNew: true, averageRating: 5 });
    expect(engagement.bestInternshipCompanies).toEqual([
      {
        rank: 1,
        companyId: world.companies.c.id,
        companyName: 'Constructie Centraal',
        averageRating: 5,
        ratings: 1,
      },
      {
        rank: 2,
        companyId: world.companies.b.id,
        companyName: 'Bouwbedrijf Berg',
        averageRating: 4,
        ratings: 1,
      },
    ]);

    const lastYear = await report('engagement', 'schoolYear=2025-2026');
    expect(lastYear).toMatchObject({ activeCompanies: 1, newCompanies: 1, repeatRate: 0 });
    const a = lastYear.companies.find(
      (c: { companyId: string }) => c.companyId === world.companies.a.id,
    );
    expect(a).toMatchObject({ heldSessions: 2, cancelledSessions: 1, cancelledBookings: 2 });
  });

  it('when asked as Excel, then a workbook with one row per company', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/engagement?schoolYear=2026-2027&format=xlsx',
      headers: world.users.bureau.headers,
    });
    expect(response.headers['content-type']).toBe(xlsxType);
    const { name, rows: all } = await readXlsx(response.rawPayload);
    expect(name).toBe('Betrokkenheid');
    const [header, ...rows] = all;
    expect(header![0]).toBe('bedrijf');
    expect(rows.map((row) => row[0])).toEqual([
      world.companies.a.name,
      'Bouwbedrijf Berg',
      'Constructie Centraal',
    ]);
  });
});
