import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, organisations, schoolLocations } from '@stagebureau/db';
import { aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import {
  drentheLocations,
  drenthePupils,
  holidays2023,
  importRequest,
  withLine,
} from './imports.testWorld';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

async function aBureauAdmin(settings: Parameters<typeof aRegion>[1] = {}) {
  const region = await aRegion(ctx.db, settings);
  const { headers } = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin');
  return { regionId: region.id, headers };
}

const locationsOf = (regionId: string) =>
  ctx.db.select().from(schoolLocations).where(eq(schoolLocations.regionId, regionId));
const schoolsOf = (regionId: string) =>
  ctx.db.select().from(organisations).where(eq(organisations.regionId, regionId));
const importAudits = (regionId: string) =>
  ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.regionId, regionId), eq(auditEvents.entity, 'import')));

const locationsFile = (bytes = drentheLocations()) => ({
  bytes,
  name: '02.-alle-vestigingen-vo.csv',
});

describe('importing DUO "alle vestigingen VO"', () => {
  it('when the bureau previews the Drenthe rows, then it sees 45 locations to create and nothing is written', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const preview = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'preview',
      locationsFile(),
    );
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      applied: false,
      encoding: 'utf-8',
      totals: { rows: 45, created: 45, updated: 0, unchanged: 0, skipped: 0, errors: 0 },
    });
    expect(preview.json().items[0]).toMatchObject({ line: 2, key: '18BR00', action: 'create' });
    expect(await locationsOf(regionId)).toHaveLength(0);
    expect(await schoolsOf(regionId)).toHaveLength(0);
  });

  it('when the Drenthe rows are applied twice, then the schools and locations exist once with their holiday region', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const first = await importRequest(ctx.app, headers, 'duo-locations', 'apply', locationsFile());
    expect(first.statusCode).toBe(200);
    expect(first.json().totals).toMatchObject({ created: 45, updated: 0, errors: 0 });
    const schools = await schoolsOf(regionId);
    expect(schools).toHaveLength(18);
    const stadEnEsch = schools.find((s) => s.brinCode === '25CL')!;
    expect(stadEnEsch).toMatchObject({ kind: 'school', status: 'pending' });
    const locations = await locationsOf(regionId);
    expect(locations).toHaveLength(45);
    expect(locations.find((l) => l.locationCode === '25CL01')).toMatchObject({
      organisationId: stadEnEsch.id,
      name: 'Regionale Scholengemeenschap Stad en Esch voor Lyceum Havo Mavo Vbo Lwoo',
      street: 'Ezingerweg 51',
      postcode: '7943 AZ',
      city: 'MEPPEL',
      holidayRegion: 'noord',
    });
    expect(new Set(locations.map((l) => l.holidayRegion))).toEqual(new Set(['noord']));

    const second = await importRequest(ctx.app, headers, 'duo-locations', 'apply', locationsFile());
    expect(second.json().totals).toMatchObject({ created: 0, updated: 0, unchanged: 45 });
    expect(await locationsOf(regionId)).toHaveLength(45);
    expect(await schoolsOf(regionId)).toHaveLength(18);
    expect(await importAudits(regionId)).toHaveLength(2);
  });

  it('when the same file is applied twice at once, then the locations exist once', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const answers = await Promise.all(
      [1, 2].map(() => importRequest(ctx.app, headers, 'duo-locations', 'apply', locationsFile())),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    expect(answers.map((a) => a.json().totals.created).sort()).toEqual([0, 45]);
    expect(await locationsOf(regionId)).toHaveLength(45);
  });

  it('when a location moved, then a re-import updates only that row and names the changed fields', async () => {
    const { regionId, headers } = await aBureauAdmin();
    await importRequest(ctx.app, headers, 'duo-locations', 'apply', locationsFile());
    const moved = withLine(drentheLocations(), 34, (line) =>
      line.replace('Ezingerweg;51', 'Ezingerweg;53'),
    );
    const preview = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'preview',
      locationsFile(moved),
    );
    expect(preview.json().totals).toMatchObject({ created: 0, updated: 1, unchanged: 44 });
    expect(preview.json().items.find((i: { key: string }) => i.key === '25CL01')).toMatchObject({
      action: 'update',
      changes: ['street'],
    });
    await importRequest(ctx.app, headers, 'duo-locations', 'apply', locationsFile(moved));
    const locations = await locationsOf(regionId);
    expect(locations.find((l) => l.locationCode === '25CL01')!.street).toBe('Ezingerweg 53');
  });

  it('when the file is Windows-1252 with CRLF line ends, then accents survive', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const latin = withLine(drentheLocations(), 2, (line) =>
      line.replace('School voor Praktijkonderwijs Assen', 'Praktijkschool Één'),
    );
    const crlf = Buffer.from(latin.toString('latin1').replaceAll('\n', '\r\n'), 'latin1');
    const applied = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'apply',
      locationsFile(crlf),
    );
    expect(applied.json()).toMatchObject({
      encoding: 'windows-1252',
      totals: { created: 45, errors: 0 },
    });
    const [location] = (await locationsOf(regionId)).filter((l) => l.locationCode === '18BR00');
    expect(location!.name).toBe('Praktijkschool Één');
  });

  it("when the region's area is Drenthe, then a row of another province is skipped", async () => {
    const { regionId, headers } = await aBureauAdmin({
      importArea: { provinces: ['Drenthe'], municipalityCodes: [] },
    });
    const withGroningen = withLine(
      drentheLocations(),
      46,
      (line) =>
        `${line}\nGroningen;10053;18BR;18BR09;Buiten de regio;Straat;1;9700 AA;GRONINGEN;0014;GRONINGEN;Openbaar; ; ;PRO;Straat;1;9700 AA;GRONINGEN;1;x;1;x;1;x;1;x;1;x;1;x;Noord`,
    );
    const applied = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'apply',
      locationsFile(withGroningen),
    );
    expect(applied.json().totals).toMatchObject({ created: 45, skipped: 1 });
    expect((await locationsOf(regionId)).some((l) => l.locationCode === '18BR09')).toBe(false);
  });

  it('when the school already exists by hand, then its locations are added under it', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const school = await aSchool(ctx.db, regionId, { brinCode: '25CL', name: 'Stad & Esch' });
    await importRequest(ctx.app, headers, 'duo-locations', 'apply', locationsFile());
    const own = (await locationsOf(regionId)).filter((l) => l.organisationId === school.id);
    expect(own.map((l) => l.locationCode).sort()).toEqual([
      '25CL00',
      '25CL01',
      '25CL03',
      '25CL04',
      '25CL05',
    ]);
    expect((await schoolsOf(regionId)).find((s) => s.id === school.id)!.name).toBe('Stad & Esch');
  });
});

describe('a malformed DUO file writes nothing', () => {
  it('when a column is renamed, then 422 names the column and the expected header', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const renamed = withLine(drentheLocations(), 1, (line) =>
      line.replace('VAKANTIEREGIO', 'VAKANTIE REGIO'),
    );
    const response = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'apply',
      locationsFile(renamed),
    );
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json()).toMatchObject({
      code: 'import_header_mismatch',
      missingColumns: ['VAKANTIEREGIO'],
      unexpectedColumns: ['VAKANTIE REGIO'],
      expectedHeader: expect.stringMatching(
        /^PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;.*;VAKANTIEREGIO$/,
      ),
    });
    expect(response.json().detail).toContain('VAKANTIEREGIO');
    expect(await locationsOf(regionId)).toHaveLength(0);
  });

  it('when rows repeat or hold a bad postcode, then the apply answers the line numbers and writes nothing', async () => {
    const { regionId, headers } = await aBureauAdmin();
    let broken = withLine(drentheLocations(), 3, (line) => line.replace('9401 SL', '94O1 SL'));
    broken = withLine(
      broken,
      46,
      (line) => `${line}\n${drentheLocations().toString().split('\n')[1]}`,
    );
    const preview = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'preview',
      locationsFile(broken),
    );
    expect(preview.json().errors).toEqual([
      expect.objectContaining({ line: 3, column: 'POSTCODE' }),
      expect.objectContaining({
        line: 47,
        column: 'VESTIGINGSCODE',
        message: '18BR00 repeats line 2',
      }),
    ]);
    const applied = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'apply',
      locationsFile(broken),
    );
    expect(applied.statusCode).toBe(422);
    expect(applied.json()).toMatchObject({
      code: 'import_rows_invalid',
      importErrors: preview.json().errors,
    });
    expect(await locationsOf(regionId)).toHaveLength(0);
    expect(await schoolsOf(regionId)).toHaveLength(0);
    expect(await importAudits(regionId)).toHaveLength(0);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'import_file_empty'],
    ['JSON instead of CSV', holidays2023(), 'import_header_mismatch'],
    ['a PDF named .csv', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'file_content_mismatch'],
    ['a binary file', Buffer.from([0x4d, 0x5a, 0x00, 0x01, 0x02]), 'file_content_mismatch'],
    ['the pupil-count file', drenthePupils(), 'import_header_mismatch'],
  ])('when the file is %s, then 422 %s and nothing is written', async (_, bytes, code) => {
    const { regionId, headers } = await aBureauAdmin();
    const response = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'apply',
      locationsFile(bytes),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe(code);
    expect(await locationsOf(regionId)).toHaveLength(0);
  });

  it('when the CSV comes as a text/csv body instead of multipart, then 415 and nothing is written', async () => {
    const { regionId, headers } = await aBureauAdmin();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports/duo-locations/apply',
      headers: { ...headers, 'content-type': 'text/csv' },
      payload: drentheLocations(),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
    expect(await locationsOf(regionId)).toHaveLength(0);
  });

  it('when only the header is sent, then 422 import_file_empty', async () => {
    const { headers } = await aBureauAdmin();
    const header = Buffer.from(drentheLocations().toString().split('\n')[0]! + '\n');
    const response = await importRequest(
      ctx.app,
      headers,
      'duo-locations',
      'preview',
      locationsFile(header),
    );
    expect(response.json().code).toBe('import_file_empty');
  });
});

describe('who may import', () => {
  it.each(['bureau_staff', 'school_coordinator', 'company_admin'] as const)(
    'when a %s tries, then 403 and nothing is written',
    async (role) => {
      const region = await aRegion(ctx.db);
      const organisation =
        role === 'company_admin'
          ? (await aCompany(ctx.db, region.id)).id
          : role === 'school_coordinator'
            ? (await aSchool(ctx.db, region.id)).id
            : null;
      const { headers } = await aLoggedInUser(ctx.app, ctx.db, region.id, role, organisation);
      for (const step of ['preview', 'apply'] as const) {
        const response = await importRequest(
          ctx.app,
          headers,
          'duo-locations',
          step,
          locationsFile(),
        );
        expect(response.statusCode).toBe(403);
      }
      expect(await locationsOf(region.id)).toHaveLength(0);
    },
  );

  it('when nobody is logged in, then 401', async () => {
    const response = await importRequest(ctx.app, {}, 'duo-locations', 'preview', locationsFile());
    expect(response.statusCode).toBe(401);
  });

  it('when the kind is unknown, then 422', async () => {
    const { headers } = await aBureauAdmin();
    const response = await importRequest(
      ctx.app,
      headers,
      'companies-xlsx',
      'preview',
      locationsFile(),
    );
    expect(response.statusCode).toBe(422);
  });
});
