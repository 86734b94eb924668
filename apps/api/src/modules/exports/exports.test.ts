import { beforeAll, describe, expect, it } from 'vitest';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass } from '../../../test/builders';
import { parseCsv } from '../../../test/csvParse';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aPlacementWorld, type PlacementWorld } from '../../../test/placementWorld';
import { readXlsx, xlsxType } from '../../../test/xlsxRead';

/**
 * 2029-2030 in one region: the school's class `=HYPERLINK(…)` booked the company's offer `+1`
 * (1 October, 10:00 Amsterdam); the other school's class booked the other company's `@SUM(1)`;
 * one pupil of the school is placed at the company in March 2030. A booking of 2028 stays out.
 */
let ctx: TestContext;
let world: PlacementWorld;
const year = '2029-2030';
const evilClass = '=HYPERLINK("http://x","y")';

beforeAll(async () => {
  ctx = await startTestApp();
  world = await aPlacementWorld(ctx);
  const { regionId } = world;
  const evil = await aClass(ctx.db, regionId, world.school.id, { name: evilClass, size: 24 });
  const offer = await anOffer(ctx.db, regionId, world.company.id, { title: '+1' });
  const session = await aSession(ctx.db, regionId, offer.id, {
    startsAt: new Date('2029-10-01T08:00:00Z'),
  });
  await aBooking(ctx.db, session, world.school, evil, { status: 'confirmed' });
  const earlier = await aSession(ctx.db, regionId, offer.id, {
    startsAt: new Date('2028-10-01T08:00:00Z'),
  });
  await aBooking(ctx.db, earlier, world.school, evil, { status: 'completed' });
  const other = await anOffer(ctx.db, regionId, world.otherCompany.id, { title: '@SUM(1)' });
  const otherSession = await aSession(ctx.db, regionId, other.id, {
    startsAt: new Date('2029-11-05T09:00:00Z'),
  });
  await aBooking(ctx.db, otherSession, world.otherSchool, world.otherClass, {
    status: 'requested',
  });
  await world.accepted((await world.aPlace()).id, (await world.aPupil()).id);
});

type Who = keyof PlacementWorld['users'];
const get = (path: string, who: Who | null) => world.call('GET', `/exports/${path}`, who);

async function sheetOf(path: string, who: Who) {
  const response = await get(path, who);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe(xlsxType);
  const { rows, sheet, name } = await readXlsx(response.rawPayload);
  const [header, ...body] = rows as [string[], ...unknown[][]];
  const column = (row: unknown[], title: string) => row[header.indexOf(title)];
  return { header, body, sheet, name, column, response };
}

describe('bookings export', () => {
  it('when a school downloads its bookings as xlsx, then a bold frozen header, its own rows, numbers and dates, formulas neutralised', async () => {
    const { header, body, sheet, name, column, response } = await sheetOf(
      `bookings?schoolYear=${year}&format=xlsx`,
      'school',
    );
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="boekingen-${year}.xlsx"; filename*=UTF-8''boekingen-${year}.xlsx`,
    );
    expect(name).toBe(`Boekingen ${year}`);
    expect(header.slice(0, 4)).toEqual(['start', 'einde', 'school', 'klas']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(3).width).toBeGreaterThan(10);
    expect(body).toHaveLength(1);
    const [row] = body as [unknown[]];
    // 08:00 UTC on 1 October is 10:00 in Amsterdam: the workbook shows the local time.
    expect(column(row, 'start')).toEqual(new Date(Date.UTC(2029, 9, 1, 10, 0)));
    expect(column(row, 'school')).toBe('Dr. Nassau College');
    expect(column(row, 'klas')).toBe(`'${evilClass}`);
    expect(column(row, 'aanbod')).toBe("'+1");
    expect(column(row, 'bedrijf')).toBe('Installatiebedrijf Noord');
    expect(column(row, 'soort')).toBe('Bedrijfsbezoek');
    expect(column(row, 'status')).toBe('Bevestigd');
    expect(column(row, 'leerlingen')).toBe(24);
    // No cell of the workbook is a formula.
    sheet.eachRow((r) => r.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });

  it('when downloaded as CSV, then the same rows with text neutralised and local times', async () => {
    const response = await get(`bookings?schoolYear=${year}&format=csv`, 'school');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(`boekingen-${year}.csv`);
    const [header, row] = parseCsv(response.body, ',') as [string[], string[]];
    const at = (title: string) => row[header.indexOf(title)];
    expect(at('start')).toBe('2029-10-01 10:00');
    expect(at('klas')).toBe(`'${evilClass}`);
    expect(at('aanbod')).toBe("'+1");
    expect(at('docenten')).toBe('Mevr. de Jong');
  });

  it('when a company downloads, then only bookings on its own offers; the bureau sees the region', async () => {
    const own = await sheetOf(`bookings?schoolYear=${year}`, 'company');
    expect(own.body.map((row) => own.column(row, 'aanbod'))).toEqual(["'+1"]);
    const other = await sheetOf(`bookings?schoolYear=${year}`, 'otherCompany');
    expect(other.body.map((row) => other.column(row, 'aanbod'))).toEqual(["'@SUM(1)"]);
    expect(other.body.map((row) => other.column(row, 'status'))).toEqual(['Aangevraagd']);
    const otherSchool = await sheetOf(`bookings?schoolYear=${year}`, 'otherSchool');
    expect(otherSchool.body.map((row) => otherSchool.column(row, 'school'))).toEqual([
      'Esdal College',
    ]);
    const bureau = await sheetOf(`bookings?schoolYear=${year}`, 'bureau');
    expect(bureau.body).toHaveLength(2);
    const lastYear = await sheetOf('bookings?schoolYear=2028-2029', 'bureau');
    expect(lastYear.body.map((row) => lastYear.column(row, 'status'))).toEqual(['Afgerond']);
  });
});

describe('placements export', () => {
  it('when the school and the company download, then their placement with class and dates, no name; others see none', async () => {
    for (const who of ['school', 'company', 'bureau'] as const) {
      const { body, column } = await sheetOf(`placements?schoolYear=${year}`, who);
      expect(body, who).toHaveLength(1);
      const [row] = body as [unknown[]];
      expect(column(row, 'begin')).toEqual(new Date(Date.UTC(2030, 2, 4)));
      expect(column(row, 'deelnemer')).toBe('klas 3KB, 1 leerling');
      expect(column(row, 'status')).toBe('Geaccepteerd');
      expect(column(row, 'werkdagen')).toBe('ma, di, wo, do');
      expect(JSON.stringify(row)).not.toContain('Sanne');
    }
    for (const who of ['otherSchool', 'otherCompany'] as const) {
      const { body } = await sheetOf(`placements?schoolYear=${year}`, who);
      expect(body, who).toHaveLength(0);
    }
  });
});

describe('year plans export', () => {
  it('when a school downloads its year plan as CSV, then its booking and its placement, neutralised', async () => {
    const response = await get(`year-plans?schoolYear=${year}&format=csv`, 'school');
    expect(response.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(response.body, ',') as [string[], ...string[][]];
    const at = (row: string[], title: string) => row[header.indexOf(title)];
    expect(rows.map((row) => at(row, 'titel'))).toEqual(["'+1", 'Stage installatietechniek']);
    expect(at(rows[0]!, 'klassen')).toBe(`'${evilClass} (Bevestigd)`);
    expect(at(rows[0]!, 'uren')).toBe('2.00');
    expect(at(rows[1]!, 'klassen')).toBe('klas 3KB');
    expect(at(rows[1]!, 'plaatsing_status')).toBe('Geaccepteerd');
    expect(rows.every((row) => at(row, 'organisatie') === 'Dr. Nassau College')).toBe(true);
  });

  it('when the bureau downloads, then every school’s plan; one organisation when asked; a school asking for another gets 404', async () => {
    const all = await sheetOf(`year-plans?schoolYear=${year}`, 'bureau');
    expect(new Set(all.body.map((row) => all.column(row, 'organisatie')))).toEqual(
      new Set(['Dr. Nassau College', 'Esdal College']),
    );
    const one = await sheetOf(
      `year-plans?schoolYear=${year}&organisationId=${world.otherCompany.id}`,
      'bureau',
    );
    expect(one.body.map((row) => one.column(row, 'titel'))).toEqual(["'@SUM(1)"]);
    const company = await sheetOf(`year-plans?schoolYear=${year}`, 'company');
    expect(company.body.map((row) => company.column(row, 'organisatie'))).toEqual([
      'Installatiebedrijf Noord',
      'Installatiebedrijf Noord',
    ]);
    const refused = await get(
      `year-plans?schoolYear=${year}&organisationId=${world.otherSchool.id}`,
      'school',
    );
    expect(refused.statusCode).toBe(404);
  });
});

describe('bad input', () => {
  it('when the format is unknown or the school year malformed, then 422 problem+json; without login 401', async () => {
    for (const query of ['format=xlsx-csv', 'format=pdf', 'schoolYear=2029-2031', 'extra=1']) {
      const response = await get(`bookings?${query}`, 'school');
      expect(response.statusCode, query).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('validation_failed');
    }
    expect((await get('placements?format=csv', null)).statusCode).toBe(401);
  });
});
