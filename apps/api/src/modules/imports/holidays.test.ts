import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { blackouts, schoolLocationPupilCounts } from '@stagebureau/db';
import { aLoggedInUser, aRegion } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { drentheLocations, drenthePupils, holidays2023, importRequest } from './imports.testWorld';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

async function aBureauAdmin(holidayRegion: 'noord' | 'midden' | 'zuid' = 'noord') {
  const region = await aRegion(ctx.db);
  if (holidayRegion !== 'noord')
    await ctx.db.execute(
      `update regions set holiday_region = '${holidayRegion}' where id = '${region.id}'`,
    );
  const { headers } = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin');
  return { regionId: region.id, headers };
}

const holidaysOf = (regionId: string) =>
  ctx.db
    .select()
    .from(blackouts)
    .where(and(eq(blackouts.regionId, regionId), eq(blackouts.kind, 'school_holiday')));

const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
const holidayFile = (bytes = holidays2023()) => ({ bytes, name: 'schoolholidays-2023-2024.json' });

describe('importing the Rijksoverheid school holidays', () => {
  it('when the 2023-2024 response is applied for a noord region, then its five holidays run Saturday to Sunday, once', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const first = await importRequest(ctx.app, headers, 'school-holidays', 'apply', holidayFile());
    expect(first.statusCode).toBe(200);
    // 5 holidays × 3 regions ("heel Nederland" expanded); midden and zuid are no region's here.
    expect(first.json().totals).toMatchObject({ rows: 15, created: 5, skipped: 10, errors: 0 });
    const rows = await holidaysOf(regionId);
    expect(
      rows
        .map((r) => [r.name, r.holidayRegion, r.startsOn, r.endsOn])
        .sort((a, b) => a[2]!.localeCompare(b[2]!)),
    ).toEqual([
      // The feed's 22:00Z starts are Saturdays already: the old "local date" rule would give Sundays.
      ['Herfstvakantie', 'noord', '2023-10-21', '2023-10-29'],
      ['Kerstvakantie', 'noord', '2023-12-23', '2024-01-07'],
      ['Voorjaarsvakantie', 'noord', '2024-02-17', '2024-02-25'],
      ['Meivakantie', 'noord', '2024-04-27', '2024-05-05'],
      ['Zomervakantie', 'noord', '2024-07-20', '2024-09-01'],
    ]);
    const second = await importRequest(ctx.app, headers, 'school-holidays', 'apply', holidayFile());
    expect(second.json().totals).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await holidaysOf(regionId)).toHaveLength(5);
  });

  it('when the shipped 2025–2028 dates are applied in a midden region with noord schools, then both regions get every holiday', async () => {
    const { regionId, headers } = await aBureauAdmin('midden');
    await importRequest(ctx.app, headers, 'duo-locations', 'apply', {
      bytes: drentheLocations(),
      name: 'vestigingen.csv',
    });
    const preview = await importRequest(ctx.app, headers, 'shipped-school-holidays', 'preview');
    expect(preview.json().totals).toMatchObject({ rows: 45, created: 30, skipped: 15, errors: 0 });
    expect(await holidaysOf(regionId)).toHaveLength(0);
    const applied = await importRequest(ctx.app, headers, 'shipped-school-holidays', 'apply');
    expect(applied.json().totals.created).toBe(30);
    const rows = await holidaysOf(regionId);
    expect(rows.every((r) => weekday(r.startsOn) === 6 && weekday(r.endsOn) === 0)).toBe(true);
    expect(
      rows.find((r) => r.sourceKey === 'schoolholidays:2026-2027:zomervakantie:midden'),
    ).toMatchObject({
      startsOn: '2027-07-17',
      endsOn: '2027-08-29',
    });
    expect(
      rows.find((r) => r.sourceKey === 'schoolholidays:2025-2026:voorjaarsvakantie:noord'),
    ).toMatchObject({
      startsOn: '2026-02-21',
      endsOn: '2026-03-01',
    });
    const listed = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/blackouts?from=2027-07-01&to=2027-07-31',
      headers,
    });
    expect(
      listed
        .json()
        .items.map((b: { holidayRegion: string }) => b.holidayRegion)
        .sort(),
    ).toEqual(['midden', 'noord']);
    const again = await importRequest(ctx.app, headers, 'shipped-school-holidays', 'apply');
    expect(again.json().totals).toMatchObject({ created: 0, updated: 0, unchanged: 30 });
  });

  it('when a later official file corrects a date, then the imported row is updated in place', async () => {
    const { regionId, headers } = await aBureauAdmin();
    await importRequest(ctx.app, headers, 'school-holidays', 'apply', holidayFile());
    const corrected = Buffer.from(
      holidays2023().toString().replace('"2024-07-20T22:00:00.000Z"', '"2024-07-13T22:00:00.000Z"'),
    );
    const applied = await importRequest(
      ctx.app,
      headers,
      'school-holidays',
      'apply',
      holidayFile(corrected),
    );
    expect(applied.json().totals).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const summer = (await holidaysOf(regionId)).find((r) => r.name === 'Zomervakantie')!;
    expect(summer.startsOn).toBe('2024-07-13');
  });

  it('when a holiday starts on a weekday or the document is no holiday file, then nothing is written', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const weekdayStart = Buffer.from(
      holidays2023().toString().replace('"2023-10-21T22:00:00.000Z"', '"2023-10-23T00:00:00.000Z"'),
    );
    const response = await importRequest(
      ctx.app,
      headers,
      'school-holidays',
      'apply',
      holidayFile(weekdayStart),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'import_rows_invalid' });
    expect(response.json().importErrors[0]).toMatchObject({
      path: 'content[0].vacations[0].regions[0]',
      message: expect.stringContaining('expected a Saturday'),
    });
    const notHolidays = await importRequest(
      ctx.app,
      headers,
      'school-holidays',
      'apply',
      holidayFile(Buffer.from('{"rows2": []}')),
    );
    expect(notHolidays.json().code).toBe('file_content_mismatch');
    const notJson = await importRequest(
      ctx.app,
      headers,
      'school-holidays',
      'apply',
      holidayFile(drentheLocations()),
    );
    expect(notJson.json().code).toBe('file_content_mismatch');
    expect(await holidaysOf(regionId)).toHaveLength(0);
  });
});

describe('importing DUO pupil counts', () => {
  it('when the 2025 counts are applied twice after the locations, then each location has its count once', async () => {
    const { regionId, headers } = await aBureauAdmin();
    await importRequest(ctx.app, headers, 'duo-locations', 'apply', {
      bytes: drentheLocations(),
      name: 'v.csv',
    });
    const file = {
      bytes: drenthePupils(),
      name: '03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2025.csv',
    };
    const first = await importRequest(ctx.app, headers, 'duo-pupil-counts', 'apply', file);
    expect(first.json()).toMatchObject({
      schoolYear: '2025-2026',
      totals: { rows: 33, created: 33, errors: 0 },
    });
    const second = await importRequest(ctx.app, headers, 'duo-pupil-counts', 'apply', file);
    expect(second.json().totals).toMatchObject({ created: 0, updated: 0, unchanged: 33 });
    const counts = await ctx.db
      .select()
      .from(schoolLocationPupilCounts)
      .where(eq(schoolLocationPupilCounts.regionId, regionId));
    expect(counts).toHaveLength(33);
    const school = (await ctx.db.query.organisations.findFirst({
      where: (o, { and: both, eq: is }) => both(is(o.regionId, regionId), is(o.brinCode, '02EB')),
    }))!;
    const listed = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${school.id}/pupil-counts`,
      headers,
    });
    expect(listed.json().items).toContainEqual(
      expect.objectContaining({
        locationCode: '02EB04',
        schoolYear: '2025-2026',
        pupils: 675,
        pupilsAtVavo: null,
      }),
    );
  });

  it('when the locations are not imported yet, then every row is skipped and the school year is required', async () => {
    const { headers } = await aBureauAdmin();
    const skipped = await importRequest(ctx.app, headers, 'duo-pupil-counts', 'preview', {
      bytes: drenthePupils(),
      name: 'leerlingen.csv',
      fields: { schoolYear: '2025-2026' },
    });
    expect(skipped.json().totals).toMatchObject({ skipped: 33, created: 0 });
    const noYear = await importRequest(ctx.app, headers, 'duo-pupil-counts', 'preview', {
      bytes: drenthePupils(),
      name: 'leerlingen.csv',
    });
    expect(noYear.statusCode).toBe(422);
    expect(noYear.json().errors).toEqual([expect.objectContaining({ path: 'body.schoolYear' })]);
  });
});
