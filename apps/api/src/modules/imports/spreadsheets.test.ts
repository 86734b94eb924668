import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { classes, organisations, schoolLocations, taxonomyTerms } from '@stagebureau/db';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { drentheLocations, importRequest } from './imports.testWorld';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

/** A region with a bureau admin, one school with a location, and the sector "techniek". */
async function aRegionWithSchool() {
  const region = await aRegion(ctx.db);
  const { headers } = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin');
  const school = await aSchool(ctx.db, region.id);
  const [location] = await ctx.db
    .insert(schoolLocations)
    .values({
      regionId: region.id,
      organisationId: school.id,
      name: 'Ezingerweg',
      locationCode: `${school.brinCode}01`,
      postcode: '7943 AZ',
      city: 'Meppel',
    })
    .returning();
  await ctx.db
    .insert(taxonomyTerms)
    .values({ regionId: region.id, kind: 'sector', code: 'techniek', label: 'Techniek' });
  return { regionId: region.id, headers, school, location: location! };
}

const csv = (...lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n');
const classesCsv = (locationCode: string) =>
  csv(
    'naam;niveau;leerjaar;profiel;grootte;locatie',
    `2B;vmbo-kb;2;BWI;24;${locationCode}`,
    '3A;havo;3;;28;',
    '4V;VWO;4;;30;Ezingerweg',
  );

/** The same rows as a real .xlsx workbook, numbers as numbers, built with exceljs. */
async function xlsxOf(text: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Klassen');
  for (const line of text.toString('utf8').split(/\r?\n/).filter(Boolean))
    sheet.addRow(
      line.split(';').map((cell) => (/^\d+$/.test(cell) && cell.length < 4 ? Number(cell) : cell)),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const classesOf = (schoolId: string) =>
  ctx.db.select().from(classes).where(eq(classes.organisationId, schoolId));
const organisationsOf = (regionId: string, kind: 'company' | 'school') =>
  ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.kind, kind)));

describe('importing a school classes file', () => {
  it('when the bureau previews, applies and applies again, then the classes exist once and the second apply changes nothing', async () => {
    const { headers, school, location } = await aRegionWithSchool();
    await aClass(ctx.db, school.regionId, school.id, {
      name: '3a',
      educationLevel: 'havo',
      schoolYear: 3,
      size: 28,
    });
    const file = {
      bytes: classesCsv(location.locationCode!),
      name: 'klassen.csv',
      fields: { organisationId: school.id },
    };
    const preview = await importRequest(ctx.app, headers, 'classes', 'preview', file);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().totals).toMatchObject({
      rows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      errors: 0,
    });
    expect(await classesOf(school.id)).toHaveLength(1);

    const applied = await importRequest(ctx.app, headers, 'classes', 'apply', file);
    expect(applied.statusCode).toBe(200);
    const stored = await classesOf(school.id);
    expect(stored).toHaveLength(3);
    expect(stored.find((c) => c.name === '2B')).toMatchObject({
      educationLevel: 'vmbo-kb',
      schoolYear: 2,
      vmboProfile: 'BWI',
      size: 24,
      locationId: location.id,
    });
    expect(stored.find((c) => c.name === '4V')).toMatchObject({ locationId: location.id });

    const again = await importRequest(ctx.app, headers, 'classes', 'apply', file);
    expect(again.json().totals).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await classesOf(school.id)).toHaveLength(3);
  });

  it('when the same classes come as an .xlsx workbook, then they import as the CSV does', async () => {
    const { headers, school, location } = await aRegionWithSchool();
    const text = classesCsv(location.locationCode!);
    const fields = { organisationId: school.id };
    const fromExcel = await importRequest(ctx.app, headers, 'classes', 'apply', {
      bytes: await xlsxOf(text),
      name: 'klassen.xlsx',
      fields,
    });
    expect(fromExcel.statusCode).toBe(200);
    expect(fromExcel.json()).toMatchObject({ encoding: null, totals: { created: 3, errors: 0 } });
    expect(fromExcel.json().items.map((i: { line: number }) => i.line)).toEqual([2, 3, 4]);
    const fromCsv = await importRequest(ctx.app, headers, 'classes', 'preview', {
      bytes: text,
      name: 'klassen.csv',
      fields,
    });
    expect(fromCsv.json().totals).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('when a class repeats in the file, then the second line is a row error and the apply writes nothing', async () => {
    const { headers, school } = await aRegionWithSchool();
    const file = {
      bytes: csv(
        'naam;niveau;leerjaar;profiel;grootte;locatie',
        '1A;havo;1;;20;',
        '1a;havo;1;;22;',
      ),
      name: 'klassen.csv',
      fields: { organisationId: school.id },
    };
    const preview = await importRequest(ctx.app, headers, 'classes', 'preview', file);
    expect(preview.json().errors).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'naam',
        code: 'duplicate_key',
        params: { key: '1a', line: 2 },
      }),
    ]);
    const apply = await importRequest(ctx.app, headers, 'classes', 'apply', file);
    expect(apply.statusCode).toBe(422);
    expect(apply.json().code).toBe('import_rows_invalid');
    expect(await classesOf(school.id)).toHaveLength(0);
  });

  it('when one row of many is invalid, then nothing is written and the error names its line, column and code', async () => {
    const { headers, school } = await aRegionWithSchool();
    const apply = await importRequest(ctx.app, headers, 'classes', 'apply', {
      bytes: csv(
        'naam;niveau;leerjaar;profiel;grootte;locatie',
        '1A;havo;1;;20;',
        '1B;havo;1;;99;',
      ),
      name: 'klassen.csv',
      fields: { organisationId: school.id },
    });
    expect(apply.statusCode).toBe(422);
    expect(apply.json().importErrors).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'grootte',
        code: 'not_class_size',
        params: { value: '99', min: 1, max: 40 },
      }),
    ]);
    expect(await classesOf(school.id)).toHaveLength(0);
  });

  it('when a school coordinator imports, then it is for their own school; another school answers 404', async () => {
    const { regionId, school } = await aRegionWithSchool();
    const other = await aSchool(ctx.db, regionId);
    const { headers } = await aLoggedInUser(
      ctx.app,
      ctx.db,
      regionId,
      'school_coordinator',
      school.id,
    );
    const bytes = csv('naam;niveau;leerjaar;profiel;grootte;locatie', '1A;havo;1;;20;');
    const own = await importRequest(ctx.app, headers, 'classes', 'apply', { bytes, name: 'k.csv' });
    expect(own.statusCode).toBe(200);
    expect(await classesOf(school.id)).toHaveLength(1);
    const elsewhere = await importRequest(ctx.app, headers, 'classes', 'apply', {
      bytes,
      name: 'k.csv',
      fields: { organisationId: other.id },
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(await classesOf(other.id)).toHaveLength(0);
    const companies = await importRequest(ctx.app, headers, 'companies', 'preview', {
      bytes,
      name: 'k.csv',
    });
    expect(companies.statusCode).toBe(403);
  });

  it('when a teacher or a company admin tries, then 403', async () => {
    const { regionId, school } = await aRegionWithSchool();
    const company = await aCompany(ctx.db, regionId);
    for (const [role, organisationId] of [
      ['teacher', school.id],
      ['company_admin', company.id],
    ] as const) {
      const { headers } = await aLoggedInUser(ctx.app, ctx.db, regionId, role, organisationId);
      const response = await importRequest(ctx.app, headers, 'classes', 'preview', {
        bytes: classesCsv(''),
        name: 'k.csv',
        fields: { organisationId: school.id },
      });
      expect(response.statusCode).toBe(403);
    }
  });
});

const companiesHeader = 'naam;kvk;straat;postcode;plaats;e-mail;telefoon;website;sectoren';

describe('importing companies and schools', () => {
  it('when companies are applied twice, then new ones are pending, a known KvK number is updated, and the second apply changes nothing', async () => {
    const { regionId, headers } = await aRegionWithSchool();
    const known = await aCompany(ctx.db, regionId, {
      kvkNumber: '12345678',
      name: 'Bakkerij Jansen',
    });
    const file = {
      bytes: csv(
        companiesHeader,
        'Bakkerij Jansen;12345678;Markt 1;7941ab;Meppel;info@jansen.nl;0522 123456;jansen.nl;Techniek',
        'Nieuw Techniek BV;87654321;;;Hoogeveen;;;;techniek',
      ),
      name: 'bedrijven.csv',
    };
    const preview = await importRequest(ctx.app, headers, 'companies', 'preview', file);
    expect(preview.json().totals).toMatchObject({ created: 1, updated: 1, errors: 0 });
    const applied = await importRequest(ctx.app, headers, 'companies', 'apply', file);
    expect(applied.statusCode).toBe(200);
    const stored = await organisationsOf(regionId, 'company');
    expect(stored.find((c) => c.id === known.id)).toMatchObject({
      status: 'active',
      street: 'Markt 1',
      postcode: '7941 AB',
      website: 'https://jansen.nl',
    });
    expect(stored.find((c) => c.kvkNumber === '87654321')).toMatchObject({
      status: 'pending',
      city: 'Hoogeveen',
      sectorTags: ['techniek'],
    });
    const again = await importRequest(ctx.app, headers, 'companies', 'apply', file);
    expect(again.json().totals).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('when schools are applied twice from an .xlsx, then they are created pending once', async () => {
    const { regionId, headers } = await aRegionWithSchool();
    const text = csv(
      'naam;brin;straat;postcode;plaats;e-mail;telefoon',
      'Het Lyceum;99zz;;;Assen;;',
    );
    const file = { bytes: await xlsxOf(text), name: 'scholen.xlsx' };
    const first = await importRequest(ctx.app, headers, 'schools', 'apply', file);
    expect(first.json().totals).toMatchObject({ created: 1, errors: 0 });
    const again = await importRequest(ctx.app, headers, 'schools', 'apply', file);
    expect(again.json().totals).toMatchObject({ created: 0, unchanged: 1 });
    const lyceum = (await organisationsOf(regionId, 'school')).filter((s) => s.brinCode === '99ZZ');
    expect(lyceum).toEqual([expect.objectContaining({ status: 'pending', city: 'Assen' })]);
  });

  it('when a column is renamed, then 422 import_header_mismatch names it and the expected header', async () => {
    const { regionId, headers } = await aRegionWithSchool();
    const response = await importRequest(ctx.app, headers, 'companies', 'apply', {
      bytes: csv(companiesHeader.replace('kvk', 'kvk-nummer'), 'A;12345678;;;;;;;'),
      name: 'bedrijven.csv',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'import_header_mismatch',
      missingColumns: ['kvk'],
      expectedHeader: companiesHeader,
    });
    expect(await organisationsOf(regionId, 'company')).toHaveLength(0);
  });

  it('when a file is named .xlsx but is text, then 422 file_content_mismatch', async () => {
    const { headers } = await aRegionWithSchool();
    const response = await importRequest(ctx.app, headers, 'schools', 'preview', {
      bytes: csv('naam;brin;straat;postcode;plaats;e-mail;telefoon', 'X;11AA;;;;;'),
      name: 'scholen.xlsx',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('file_content_mismatch');
  });

  it('when the DUO locations come as an .xlsx workbook, then they import as the CSV does', async () => {
    const { headers } = await aRegionWithSchool();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('vestigingen');
    for (const line of drentheLocations().toString('utf8').split(/\r?\n/).filter(Boolean))
      sheet.addRow(line.split(';').map((cell) => cell.replace(/^"|"$/g, '')));
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await importRequest(ctx.app, headers, 'duo-locations', 'preview', {
      bytes,
      name: 'vestigingen.xlsx',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().totals).toMatchObject({ rows: 45, created: 45, errors: 0 });
  });
});

describe('a workbook beyond the bound', () => {
  it('when an .xlsx holds more than 100,000 rows, then 413 file_too_large and nothing is written', async () => {
    const { regionId, headers } = await aRegionWithSchool();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Scholen');
    sheet.addRow(['naam', 'brin', 'straat', 'postcode', 'plaats', 'e-mail', 'telefoon']);
    for (let row = 0; row <= 100_000; row += 1) sheet.addRow(['S', '11AA']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await importRequest(ctx.app, headers, 'schools', 'apply', {
      bytes,
      name: 'scholen.xlsx',
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('file_too_large');
    expect(await organisationsOf(regionId, 'school')).toHaveLength(1);
  }, 60_000);
});
