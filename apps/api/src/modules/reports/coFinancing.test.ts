import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aReportYear } from '../../../test/reportScenario';
import { parseCsv } from '../../../test/csvParse';
import { readXlsx, xlsxType } from '../../../test/xlsxRead';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof aReportYear>>;
beforeAll(async () => {
  ctx = await startTestApp();
  world = await aReportYear(ctx.app, ctx.db);
});

const get = (url: string, headers = world.users.bureau.headers) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/reports/co-financing${url}`, headers });

describe('co-financing report', () => {
  it('when the bureau asks for all years, then completed activities are valued per session at the rate of their type', async () => {
    const response = await get('');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    // s6 9000 + s1 15000 + s2 15000 + s3 13500 + s9 0 + s5 9000; s4 (no-show), s7/s8 not held.
    expect(report.total).toEqual({ activities: 6, hours: 11, amountCents: 61500 });
    expect(report.rows.map((row: { sessionId: string }) => row.sessionId)).toEqual(
      ['s6', 's1', 's2', 's3', 's9', 's5'].map(
        (name) => world.sessions[name as keyof typeof world.sessions].id,
      ),
    );
    const s3 = report.rows.find(
      (row: { sessionId: string }) => row.sessionId === world.sessions.s3.id,
    );
    // Two classes booked s3; the company gave its 3 hours once, at the company-visit rate.
    expect(s3).toMatchObject({
      hourlyRateCents: 4500,
      amountCents: 13500,
      classCount: 1,
      seats: 25,
    });
    expect(report.byCompany).toEqual([
      {
        companyId: world.companies.a.id,
        companyName: world.companies.a.name,
        activities: 3,
        hours: 8,
        amountCents: 43500,
      },
      {
        companyId: world.companies.b.id,
        companyName: 'Bouwbedrijf Berg',
        activities: 2,
        hours: 3,
        amountCents: 18000,
      },
      {
        companyId: world.companies.c.id,
        companyName: 'Constructie Centraal',
        activities: 1,
        hours: 0,
        amountCents: 0,
      },
    ]);
    expect(report.byOfferType).toEqual([
      { offerType: 'company_visit', activities: 1, hours: 3, amountCents: 13500 },
      { offerType: 'guest_lesson', activities: 2, hours: 5, amountCents: 30000 },
      { offerType: 'internship', activities: 3, hours: 3, amountCents: 18000 },
    ]);
    expect(report.bySchoolYear).toEqual([
      { schoolYear: '2024-2025', activities: 1, hours: 1.5, amountCents: 9000 },
      { schoolYear: '2025-2026', activities: 2, hours: 5, amountCents: 30000 },
      { schoolYear: '2026-2027', activities: 3, hours: 4.5, amountCents: 22500 },
    ]);
    expect(report.byCalendarYear).toEqual([
      { calendarYear: 2025, activities: 1, hours: 1.5, amountCents: 9000 },
      { calendarYear: 2026, activities: 5, hours: 9.5, amountCents: 52500 },
    ]);
    expect(report.target).toEqual({
      targetCents: 100000,
      reachedShare: 0.615,
      remainingCents: 38500,
    });
  });

  it('when a session runs from 31 July into 1 August, then it counts in the school year it started in', async () => {
    const before = (await get('?schoolYear=2025-2026')).json();
    const after = (await get('?schoolYear=2026-2027')).json();
    const ids = (report: { rows: { sessionId: string }[] }) => report.rows.map((r) => r.sessionId);
    expect(ids(before)).toContain(world.sessions.s2.id);
    expect(ids(after)).not.toContain(world.sessions.s2.id);
    expect(before.total).toEqual({ activities: 2, hours: 5, amountCents: 30000 });
    expect(after.total).toEqual({ activities: 3, hours: 4.5, amountCents: 22500 });
  });

  it('when filtered by company, offer type, calendar year or dates, then only those activities count', async () => {
    expect((await get(`?companyId=${world.companies.b.id}`)).json().total.amountCents).toBe(18000);
    expect((await get('?offerType=guest_lesson&calendarYear=2026')).json().total).toEqual({
      activities: 2,
      hours: 5,
      amountCents: 30000,
    });
    const range = '?from=2026-09-01T00:00:00Z&to=2026-10-31T00:00:00Z';
    expect((await get(range)).json().total).toEqual({
      activities: 2,
      hours: 3,
      amountCents: 13500,
    });
    expect((await get('?schoolYear=2026-2028')).statusCode).toBe(422);
  });

  it('when asked for Excel, then a workbook with one row per activity, amounts as numbers and times as dates', async () => {
    const response = await get('?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(xlsxType);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="cofinanciering\.xlsx"/,
    );
    const { sheet, rows: all } = await readXlsx(response.rawPayload);
    const [header, ...rows] = all as [string[], ...unknown[][]];
    expect(header).toContain('bedrag_eur');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows).toHaveLength(6);
    const column = (name: string) => header.indexOf(name);
    const s3 = rows.find((row) => row[column('sessie_id')] === world.sessions.s3.id)!;
    expect(s3[column('bedrijf')]).toBe('Bakkerij; "Zoet" & Zn');
    expect(s3[column('uren')]).toBe(3);
    expect(s3[column('uurtarief_eur')]).toBe(45);
    expect(s3[column('bedrag_eur')]).toBe(135);
    // Amsterdam wall-clock time (08:00 UTC in September is 10:00 there) as an Excel date.
    expect(s3[column('start')]).toEqual(new Date(Date.UTC(2026, 8, 15, 10, 0)));
    expect(s3[column('soort')]).toBe('Bedrijfsbezoek');
    const sum = rows.reduce(
      (total: number, row) => total + (row[column('bedrag_eur')] as number),
      0,
    );
    expect(Math.round(sum * 100)).toBe(61500);
  });

  it('when asked for CSV by Accept header, then it is RFC 4180 with commas and dot decimals', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/co-financing?schoolYear=2025-2026',
      headers: { ...world.users.bureau.headers, accept: 'text/csv' },
    });
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.body.charCodeAt(0)).not.toBe(0xfeff);
    const [header, ...rows] = parseCsv(response.body, ',');
    expect(rows.map((row) => row[header!.indexOf('bedrag_eur')])).toEqual(['150.00', '150.00']);
  });
});
