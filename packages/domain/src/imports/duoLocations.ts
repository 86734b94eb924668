import type { HolidayRegion } from '../vocabulary';
import {
  changedKeys,
  type ImportItem,
  type ImportPlan,
  type ImportProblem,
  type ImportProblemCode,
} from './plan';
import type { ColumnSpec, TableRow } from './table';

/** DUO "02. Alle vestigingen VO": the real 32-column header (current generation). */
export const duoLocationsHeader =
  'PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;ONDERWIJSSTRUCTUUR;STRAATNAAM CORRESPONDENTIEADRES;HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES;POSTCODE CORRESPONDENTIEADRES;PLAATSNAAM CORRESPONDENTIEADRES;NODAAL GEBIED CODE;NODAAL GEBIED NAAM;RPA-GEBIED CODE;RPA-GEBIED NAAM;WGR-GEBIED CODE;WGR-GEBIED NAAM;COROPGEBIED CODE;COROPGEBIED NAAM;ONDERWIJSGEBIED CODE;ONDERWIJSGEBIED NAAM;RMC-REGIO CODE;RMC-REGIO NAAM;VAKANTIEREGIO';

/** The columns read; the old generation's `BRIN NUMMER`/`VESTIGINGSNUMMER` are accepted too. */
export const duoLocationColumns: readonly ColumnSpec[] = [
  { name: 'PROVINCIE' },
  { name: 'INSTELLINGSCODE', aliases: ['BRIN NUMMER'] },
  { name: 'VESTIGINGSCODE', aliases: ['VESTIGINGSNUMMER'] },
  { name: 'VESTIGINGSNAAM' },
  { name: 'STRAATNAAM' },
  { name: 'HUISNUMMER-TOEVOEGING' },
  { name: 'POSTCODE' },
  { name: 'PLAATSNAAM' },
  { name: 'GEMEENTENUMMER' },
  { name: 'VAKANTIEREGIO' },
];

/** A region's own area for DUO imports; both lists empty: the whole file is the region's. */
export interface ImportArea {
  provinces: readonly string[];
  municipalityCodes: readonly string[];
}

export interface DuoLocation {
  line: number;
  institutionCode: string;
  locationCode: string;
  name: string;
  street: string | null;
  postcode: string;
  city: string;
  province: string;
  municipalityCode: string;
  holidayRegion: HolidayRegion;
}

/** What a location row stores, compared field by field for `update` / `unchanged`. */
export interface LocationFields {
  name: string;
  street: string | null;
  postcode: string;
  city: string;
  holidayRegion: HolidayRegion | null;
}

export interface StoredLocation extends LocationFields {
  id: string;
  locationCode: string;
}

export interface LocationWrites {
  /** Schools (one per institution code) to create, named after their main location. */
  newSchools: {
    brinCode: string;
    name: string;
    street: string | null;
    postcode: string;
    city: string;
  }[];
  newLocations: (LocationFields & { brinCode: string; locationCode: string })[];
  locationUpdates: (LocationFields & { id: string })[];
}

const holidayRegionOf: Record<string, HolidayRegion> = {
  NOORD: 'noord',
  MIDDEN: 'midden',
  ZUID: 'zuid',
};

/** One DUO row as a location, or the problems that keep it out. */
export function readDuoLocation(row: TableRow): DuoLocation | ImportProblem[] {
  const v = row.values;
  const problems: ImportProblem[] = [];
  const problem = (column: string, message: string, code: ImportProblemCode = 'invalid') =>
    problems.push({ line: row.line, column, code, message });
  const institutionCode = v.INSTELLINGSCODE!.toUpperCase();
  if (!/^\d{2}[A-Z]{2}$/.test(institutionCode))
    problem(
      'INSTELLINGSCODE',
      `"${v.INSTELLINGSCODE}" is not a BRIN code (2 digits, 2 letters)`,
      'not_brin',
    );
  const locationCode = v.VESTIGINGSCODE!.toUpperCase();
  if (!/^\d{2}[A-Z]{2}\d{2}$/.test(locationCode))
    problem(
      'VESTIGINGSCODE',
      `"${v.VESTIGINGSCODE}" is not a location code (e.g. 25CL01)`,
      'not_location_code',
    );
  else if (!locationCode.startsWith(institutionCode))
    problem(
      'VESTIGINGSCODE',
      `${locationCode} does not belong to ${institutionCode}`,
      'location_not_of_school',
    );
  const name = v.VESTIGINGSNAAM!;
  if (name === '' || name.length > 160)
    problem('VESTIGINGSNAAM', 'needs 1 to 160 characters', name ? 'too_long' : 'required');
  const street = [v.STRAATNAAM, v['HUISNUMMER-TOEVOEGING']].filter(Boolean).join(' ') || null;
  if (street && street.length > 160)
    problem('STRAATNAAM', 'address longer than 160 characters', 'too_long');
  const postcode = v.POSTCODE!.toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2');
  if (!/^[1-9]\d{3} [A-Z]{2}$/.test(postcode))
    problem('POSTCODE', `"${v.POSTCODE}" is not a Dutch postcode (1234 AB)`, 'not_postcode');
  const city = v.PLAATSNAAM!;
  if (city === '' || city.length > 100)
    problem('PLAATSNAAM', 'needs 1 to 100 characters', city ? 'too_long' : 'required');
  const holidayRegion = holidayRegionOf[v.VAKANTIEREGIO!.toUpperCase()];
  if (!holidayRegion)
    problem(
      'VAKANTIEREGIO',
      `"${v.VAKANTIEREGIO}" is not Noord, Midden or Zuid`,
      'not_holiday_region',
    );
  if (problems.length > 0) return problems;
  return {
    line: row.line,
    institutionCode,
    locationCode,
    name,
    street,
    postcode,
    city,
    province: v.PROVINCIE!,
    municipalityCode: v.GEMEENTENUMMER!,
    holidayRegion: holidayRegion!,
  };
}

export function inArea(location: DuoLocation, area: ImportArea): boolean {
  if (area.provinces.length === 0 && area.municipalityCodes.length === 0) return true;
  const province = location.province.toLowerCase();
  return (
    area.provinces.some((p) => p.toLowerCase() === province) ||
    area.municipalityCodes.includes(location.municipalityCode)
  );
}

const fieldsOf = (l: DuoLocation): LocationFields => ({
  name: l.name,
  street: l.street,
  postcode: l.postcode,
  city: l.city,
  holidayRegion: l.holidayRegion,
});

/** The main location names a new school: code `…00` if the file has it, else the lowest. */
function newSchoolsOf(locations: DuoLocation[], known: ReadonlySet<string>) {
  const byInstitution = new Map<string, DuoLocation>();
  for (const l of [...locations].sort((a, b) => a.locationCode.localeCompare(b.locationCode))) {
    if (!known.has(l.institutionCode) && !byInstitution.has(l.institutionCode))
      byInstitution.set(l.institutionCode, l);
  }
  return [...byInstitution.values()].map((l) => ({
    brinCode: l.institutionCode,
    name: l.name,
    street: l.street,
    postcode: l.postcode,
    city: l.city,
  }));
}

/**
 * The dry run of a DUO locations file against what the region holds: each row is created,
 * updated (with the fields that change), left alone, or skipped (outside the region's area);
 * a row that repeats a location code is an error, as is any invalid value.
 */
export function planDuoLocations(
  rows: readonly TableRow[],
  stored: { schoolBrinCodes: readonly string[]; locations: readonly StoredLocation[] },
  area: ImportArea,
): ImportPlan<LocationWrites> {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const storedByCode = new Map(stored.locations.map((l) => [l.locationCode, l]));
  const taken: DuoLocation[] = [];
  const writes: LocationWrites = { newSchools: [], newLocations: [], locationUpdates: [] };
  for (const row of rows) {
    const read = readDuoLocation(row);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    const earlier = seen.get(read.locationCode);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        column: 'VESTIGINGSCODE',
        code: 'duplicate_key',
        params: { key: read.locationCode, line: earlier },
        message: `${read.locationCode} repeats line ${earlier}`,
      });
      continue;
    }
    seen.set(read.locationCode, row.line);
    const item = { line: row.line, key: read.locationCode, label: read.name };
    if (!inArea(read, area)) {
      items.push({ ...item, action: 'skip', reason: 'outside the region' });
      continue;
    }
    taken.push(read);
    const existing = storedByCode.get(read.locationCode);
    const incoming = fieldsOf(read);
    if (!existing) {
      items.push({ ...item, action: 'create' });
      writes.newLocations.push({
        ...incoming,
        brinCode: read.institutionCode,
        locationCode: read.locationCode,
      });
      continue;
    }
    const { id: _id, locationCode: _code, ...current } = existing;
    const changes = changedKeys(current, incoming);
    if (changes.length === 0) items.push({ ...item, action: 'unchanged' });
    else {
      items.push({ ...item, action: 'update', changes });
      writes.locationUpdates.push({ ...incoming, id: existing.id });
    }
  }
  writes.newSchools = newSchoolsOf(
    taken.filter((l) => !storedByCode.has(l.locationCode)),
    new Set(stored.schoolBrinCodes),
  );
  return { items, problems, writes };
}
