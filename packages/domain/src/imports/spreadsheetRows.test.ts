import { describe, expect, it } from 'vitest';
import { classImportColumns, classImportHeader, planClassImport } from './classRows';
import {
  companyImportColumns,
  companyImportHeader,
  planOrganisationImport,
  type StoredImportOrganisation,
} from './organisationRows';
import { readTable, tableFromRecords } from './table';

const csv = (text: string) => new TextEncoder().encode(text);
const rowsOf = (text: string, columns = classImportColumns, header = classImportHeader) => {
  const table = readTable(csv(text), columns, header);
  if (!table.ok) throw new Error(table.detail);
  return table.rows;
};

const locations = [{ id: 'loc-1', code: '25CL01', name: 'Ezingerweg' }];
const stored3A = {
  id: 'class-3a',
  name: '3A',
  educationLevel: 'havo' as const,
  schoolYear: 3,
  vmboProfile: null,
  size: 28,
  locationId: null,
};

describe('planning a school classes file', () => {
  it('when a class is new, known and unchanged, or known and changed, then it is created, left alone or updated', () => {
    const rows = rowsOf(
      'naam;niveau;leerjaar;profiel;grootte;locatie\n2B;VMBO-KB;2;bwi;24;25cl01\n3a;havo;3;;28;\n4A;vwo;4;;30;Ezingerweg\n',
    );
    const plan = planClassImport(rows, {
      classes: [
        stored3A,
        { ...stored3A, id: 'class-4a', name: '4A', educationLevel: 'vwo', schoolYear: 4 },
      ],
      locations,
    });
    expect(plan.problems).toEqual([]);
    expect(plan.items.map((i) => [i.line, i.key, i.action, i.changes])).toEqual([
      [2, '2B', 'create', undefined],
      [3, '3a', 'update', ['name']],
      [4, '4A', 'update', ['size', 'locationId']],
    ]);
    expect(plan.writes.creates[0]).toEqual({
      name: '2B',
      educationLevel: 'vmbo-kb',
      schoolYear: 2,
      vmboProfile: 'BWI',
      size: 24,
      locationId: 'loc-1',
    });
  });

  it('when values are invalid, then each is a problem with its line, column and code', () => {
    const rows = rowsOf('naam;niveau;leerjaar;profiel;grootte;locatie\n;gym;7;XYZ;41;Elders\n');
    const plan = planClassImport(rows, { classes: [], locations });
    expect(plan.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'naam', 'required'],
      [2, 'niveau', 'not_education_level'],
      [2, 'leerjaar', 'not_grade'],
      [2, 'profiel', 'not_vmbo_profile'],
      [2, 'grootte', 'not_class_size'],
      [2, 'locatie', 'unknown_location'],
    ]);
    expect(plan.problems[2]!.params).toMatchObject({ value: '7', min: 1, max: 6 });
    expect(plan.items).toEqual([]);
  });

  it('when a class name repeats in the file (in another case), then the later line is an error', () => {
    const rows = rowsOf(
      'naam;niveau;leerjaar;profiel;grootte;locatie\n1A;havo;1;;20;\n1a;havo;1;;21;\n',
    );
    const plan = planClassImport(rows, { classes: [], locations });
    expect(plan.problems).toEqual([
      expect.objectContaining({ line: 3, code: 'duplicate_key', params: { key: '1a', line: 2 } }),
    ]);
  });
});

describe('planning a companies file', () => {
  const header = `${companyImportHeader}\n`;
  const sectors = [{ code: 'techniek', label: 'Techniek' }];
  const stored: StoredImportOrganisation = {
    id: 'org-1',
    kind: 'company',
    key: '12345678',
    name: 'Bakkerij Jansen',
    street: null,
    postcode: '7941 AB',
    city: 'Meppel',
    contactEmail: null,
    contactPhone: null,
    website: null,
    sectorTags: ['techniek'],
  };

  it('when a company is known by its KvK number, then only the changed fields are updates and empty cells keep what is stored', () => {
    const rows = rowsOf(
      `${header}Bakkerij Jansen;1234 5678;;7941ab;Meppel;INFO@jansen.nl;;jansen.nl;Techniek\nNieuw BV;87654321;;;;;;;\n`,
      companyImportColumns,
      companyImportHeader,
    );
    const plan = planOrganisationImport(rows, 'company', { organisations: [stored], sectors });
    expect(plan.problems).toEqual([]);
    expect(plan.items.map((i) => [i.key, i.action, i.changes])).toEqual([
      ['12345678', 'update', ['contactEmail', 'website']],
      ['87654321', 'create', undefined],
    ]);
    expect(plan.writes.updates[0]!.changes).toEqual({
      contactEmail: 'info@jansen.nl',
      website: 'https://jansen.nl',
    });
  });

  it('when the KvK number, e-mail or sector is wrong, or a number repeats, then those are row problems', () => {
    const rows = rowsOf(
      `${header}A;1234567;;;;geen-mail;;;Bakken\nB;11111111;;;;;;;\nC;11111111;;;;;;;\n`,
      companyImportColumns,
      companyImportHeader,
    );
    const plan = planOrganisationImport(rows, 'company', { organisations: [], sectors });
    expect(plan.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'kvk', 'not_kvk'],
      [2, 'e-mail', 'not_email'],
      [2, 'sectoren', 'unknown_sector'],
      [4, 'kvk', 'duplicate_key'],
    ]);
  });
});

describe('a table from spreadsheet rows', () => {
  it('when a column is missing, then the refusal names it and the expected header', () => {
    const read = tableFromRecords(
      { line: 1, fields: ['naam', 'niveau', 'leerjaar', 'profiel', 'omvang', 'locatie'] },
      [],
      classImportColumns,
      classImportHeader,
    );
    expect(read).toMatchObject({
      ok: false,
      code: 'import_header_mismatch',
      meta: { missingColumns: ['grootte'], expectedHeader: classImportHeader },
    });
  });

  it('when a spreadsheet row ends early, then its missing cells are empty', () => {
    const read = tableFromRecords(
      { line: 1, fields: classImportHeader.split(';') },
      [{ line: 2, fields: ['1A', 'havo', '1', '', '20'] }],
      classImportColumns,
      classImportHeader,
      { exactWidth: false },
    );
    expect(read).toMatchObject({ ok: true, rows: [{ line: 2, values: { locatie: '' } }] });
  });
});
