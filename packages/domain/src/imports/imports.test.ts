import { describe, expect, it } from 'vitest';
import { parseCsvLine } from './csv';
import { holidayDatesOf } from './holidayDates';
import { planSchoolHolidays, readSchoolHolidays, type HolidayPeriod } from './schoolHolidays';
import { shippedSchoolHolidays } from './shippedHolidays';
import { decodeText } from './text';
import { pupilSchoolYearOf } from './duoPupils';
import { readTable } from './table';
import { duoLocationColumns, duoLocationsHeader, planDuoLocations } from './duoLocations';

describe('reading DUO text', () => {
  it('when the bytes are valid UTF-8 (with a BOM), then they are read as UTF-8', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Súdwest-Fryslân'),
    ]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Súdwest-Fryslân', encoding: 'utf-8' });
  });

  it('when the bytes are Windows-1252, then accents and the euro sign survive', () => {
    expect(decodeText(new Uint8Array([0x45, 0xe9, 0x6e, 0x20, 0x80]))).toEqual({
      ok: true,
      text: 'Eén €',
      encoding: 'windows-1252',
    });
  });

  it('when the bytes hold NUL, then it is no text', () => {
    expect(decodeText(new Uint8Array([0x4d, 0x5a, 0x00])).ok).toBe(false);
  });

  it.each([
    ['Drenthe;10053; ;18BR', ['Drenthe', '10053', ' ', '18BR']],
    ['"13273";"02EB";675;"<5"', ['13273', '02EB', '675', '<5']],
    ['"VMBO ""De Jutter"" Vlieland";""', ['VMBO "De Jutter" Vlieland', '']],
    ['a;;', ['a', '', '']],
  ])('when a line is %j, then its fields are read', (line, fields) => {
    expect(parseCsvLine(line)).toEqual({ ok: true, fields });
  });

  it('when a quote is left open, then the line is refused rather than read on', () => {
    expect(parseCsvLine('"open;field')).toEqual({
      ok: false,
      reason: 'a quoted field is not closed',
    });
  });
});

describe('the dates of a Rijksoverheid holiday', () => {
  it.each([
    [
      '2014 convention: local midnight as the Friday in UTC',
      '2014-10-10T22:00:00.000Z',
      '2014-10-19T21:59:00.000Z',
      '2014-10-11',
      '2014-10-19',
    ],
    [
      '2023 response: the Saturday at 22:00Z',
      '2023-10-21T22:00:00.000Z',
      '2023-10-29T21:59:00.000Z',
      '2023-10-21',
      '2023-10-29',
    ],
    [
      '2023 response: a summer-time Sunday ending at 22:59Z',
      '2023-10-14T22:00:00.000Z',
      '2023-10-22T22:59:00.000Z',
      '2023-10-14',
      '2023-10-22',
    ],
    [
      '2025 copy: the Saturday at 00:00Z',
      '2025-10-18T00:00:00.000Z',
      '2025-10-26T22:59:00.000Z',
      '2025-10-18',
      '2025-10-26',
    ],
  ])('when %s, then it runs Saturday to Sunday', (_, start, end, startsOn, endsOn) => {
    expect(holidayDatesOf(start, end)).toEqual({ ok: true, startsOn, endsOn });
  });

  it('when a holiday would start on a Monday, then it is an error, not an import', () => {
    expect(holidayDatesOf('2023-10-23T00:00:00.000Z', '2023-10-29T21:59:00.000Z')).toEqual({
      ok: false,
      message: 'starts on Monday 2023-10-23, expected a Saturday',
    });
  });
});

describe('the shipped holidays 2025–2028', () => {
  it('when read, then all 45 rows pass the Saturday-to-Sunday check', () => {
    const read = readSchoolHolidays(shippedSchoolHolidays)!;
    expect(read.problems).toEqual([]);
    expect(read.periods).toHaveLength(45);
    expect(new Set(read.periods.map((p) => p.schoolYear))).toEqual(
      new Set(['2025-2026', '2026-2027', '2027-2028']),
    );
  });
});

describe('planning a holiday import', () => {
  const period: HolidayPeriod = {
    path: 'rows[0]',
    schoolYear: '2025-2026',
    name: 'Herfstvakantie',
    holidayRegion: 'noord',
    startsOn: '2025-10-18',
    endsOn: '2025-10-26',
  };

  it('when the bureau entered the same holiday by hand, then it is left alone', () => {
    const plan = planSchoolHolidays(
      [period],
      [
        {
          id: 'h',
          sourceKey: null,
          name: 'Herfst',
          holidayRegion: 'noord',
          startsOn: '2025-10-18',
          endsOn: '2025-10-26',
        },
      ],
      new Set(['noord']),
    );
    expect(plan.items[0]).toMatchObject({ action: 'unchanged', reason: 'already entered by hand' });
    expect(plan.writes.creates).toEqual([]);
  });

  it('when a period repeats in one file, then the repeat is an error', () => {
    const plan = planSchoolHolidays(
      [period, { ...period, path: 'rows[1]' }],
      [],
      new Set(['noord']),
    );
    expect(plan.problems).toEqual([expect.objectContaining({ path: 'rows[1]' })]);
    expect(plan.writes.creates).toHaveLength(1);
  });
});

describe('planning a DUO locations import', () => {
  const file = (rows: string[]) =>
    new TextEncoder().encode([duoLocationsHeader, ...rows].join('\r\n'));
  const row = (province: string, code: string, region = 'Noord') =>
    `${province};1;${code.slice(0, 4)};${code};Naam ${code};Straat;1;9401 SL;ASSEN;0106;ASSEN;Openbaar; ; ;PRO;;;;;1;x;1;x;1;x;1;x;1;x;1;x;${region}`;

  it('when two institutions have rows, then one school each and a location per row', () => {
    const table = readTable(
      file([
        row('Drenthe', '18BR01'),
        row('Drenthe', '18BR00'),
        row('Drenthe', '02EB04', 'Midden'),
      ]),
      duoLocationColumns,
      duoLocationsHeader,
    );
    if (!table.ok) throw new Error(table.detail);
    const plan = planDuoLocations(
      table.rows,
      { schoolBrinCodes: [], locations: [] },
      { provinces: [], municipalityCodes: [] },
    );
    expect(plan.writes.newSchools.map((s) => [s.brinCode, s.name])).toEqual([
      ['02EB', 'Naam 02EB04'],
      ['18BR', 'Naam 18BR00'],
    ]);
    expect(plan.writes.newLocations.map((l) => l.holidayRegion)).toEqual([
      'noord',
      'noord',
      'midden',
    ]);
  });

  it('when the region names municipality 0106, then only its rows count', () => {
    const table = readTable(
      file([row('Drenthe', '18BR01')]),
      duoLocationColumns,
      duoLocationsHeader,
    );
    if (!table.ok) throw new Error(table.detail);
    const elsewhere = planDuoLocations(
      table.rows,
      { schoolBrinCodes: [], locations: [] },
      { provinces: [], municipalityCodes: ['0119'] },
    );
    expect(elsewhere.items[0]).toMatchObject({ action: 'skip' });
    const here = planDuoLocations(
      table.rows,
      { schoolBrinCodes: [], locations: [] },
      { provinces: [], municipalityCodes: ['0106'] },
    );
    expect(here.items[0]).toMatchObject({ action: 'create' });
  });
});

describe('the school year of a pupil-count file', () => {
  it.each([
    ['2025-2026', 'x.csv', '2025-2026'],
    [undefined, '03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2025.csv', '2025-2026'],
    ['2025-2027', 'x-2025.csv', null],
    [undefined, 'leerlingen.csv', null],
  ])('when the field is %j and the name %j, then %j', (field, name, year) => {
    expect(pupilSchoolYearOf(field, name)).toBe(year);
  });
});
