import { changedKeys, type ImportItem, type ImportPlan, type ImportProblem } from './plan';
import type { ColumnSpec, TableRow } from './table';

/** DUO "03. Leerlingen VO per vestiging en bestuur (vavo apart)": the real 10-column header. */
export const duoPupilsHeader =
  'BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;INSTELLINGSNAAM VESTIGING;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;PROVINCIE;AANTAL LEERLINGEN;AANTAL VO LEERLINGEN UITBESTEED AAN VAVO';

export const duoPupilColumns: readonly ColumnSpec[] = [
  { name: 'INSTELLINGSCODE', aliases: ['BRIN NUMMER'] },
  { name: 'VESTIGINGSCODE', aliases: ['VESTIGINGSNUMMER'] },
  { name: 'INSTELLINGSNAAM VESTIGING' },
  { name: 'AANTAL LEERLINGEN' },
  { name: 'AANTAL VO LEERLINGEN UITBESTEED AAN VAVO', optional: true },
];

export interface PupilCountFields {
  pupils: number;
  /** Null where DUO suppresses small numbers (`<5`): unknown, never 0. */
  pupilsAtVavo: number | null;
}

export interface StoredPupilCount extends PupilCountFields {
  locationId: string;
}

export interface PupilCountWrites {
  upserts: (PupilCountFields & { locationId: string })[];
}

/**
 * "Leerlingen 2025" counts on 1 October 2025: school year 2025-2026. A form field wins; else the
 * year at the end of DUO's file name (`…-2025.csv`); null when neither says.
 */
export function pupilSchoolYearOf(field: string | undefined, fileName: string): string | null {
  const given = field?.trim();
  if (given) {
    const match = /^(\d{4})-(\d{4})$/.exec(given);
    return match && Number(match[2]) === Number(match[1]) + 1 ? given : null;
  }
  const year = /(\d{4})\.csv$/i.exec(fileName)?.[1];
  return year ? `${year}-${Number(year) + 1}` : null;
}

const count = (raw: string): number | null => (/^\d{1,7}$/.test(raw) ? Number(raw) : null);

/** The full code: older files hold only the 2-digit location part next to the BRIN code. */
function locationCodeOf(institution: string, location: string): string {
  return location.length >= 6 ? location : `${institution}${location.padStart(2, '0')}`;
}

/**
 * The dry run of a pupil-count file for one school year. Rows match the region's imported
 * locations by location code; a location the region does not hold is skipped (import the
 * locations file first), as is a count DUO suppressed.
 */
export function planDuoPupilCounts(
  rows: readonly TableRow[],
  stored: {
    locationsByCode: ReadonlyMap<string, { id: string; name: string }>;
    counts: readonly StoredPupilCount[];
  },
): ImportPlan<PupilCountWrites> {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const countsByLocation = new Map(stored.counts.map((c) => [c.locationId, c]));
  const writes: PupilCountWrites = { upserts: [] };
  for (const row of rows) {
    const v = row.values;
    const institution = v.INSTELLINGSCODE!.toUpperCase();
    const code = locationCodeOf(institution, v.VESTIGINGSCODE!.toUpperCase());
    if (!/^\d{2}[A-Z]{2}\d{2}$/.test(code)) {
      problems.push({
        line: row.line,
        column: 'VESTIGINGSCODE',
        code: 'not_location_code',
        message: `"${code}" is not a location code`,
      });
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        column: 'VESTIGINGSCODE',
        code: 'duplicate_key',
        params: { key: code, line: earlier },
        message: `${code} repeats line ${earlier}`,
      });
      continue;
    }
    seen.set(code, row.line);
    const raw = v['AANTAL LEERLINGEN']!;
    const pupils = count(raw);
    const item = { line: row.line, key: code, label: v['INSTELLINGSNAAM VESTIGING']! };
    if (pupils === null) {
      if (raw.startsWith('<'))
        items.push({ ...item, action: 'skip', reason: 'count suppressed by DUO' });
      else
        problems.push({
          line: row.line,
          column: 'AANTAL LEERLINGEN',
          code: 'not_number',
          message: `"${raw}" is not a number`,
        });
      continue;
    }
    const location = stored.locationsByCode.get(code);
    if (!location) {
      items.push({ ...item, action: 'skip', reason: 'no such location in the region' });
      continue;
    }
    const incoming = {
      pupils,
      pupilsAtVavo: count(v['AANTAL VO LEERLINGEN UITBESTEED AAN VAVO'] ?? ''),
    };
    const existing = countsByLocation.get(location.id);
    const labelled = { ...item, label: location.name };
    if (
      existing &&
      existing.pupils === incoming.pupils &&
      existing.pupilsAtVavo === incoming.pupilsAtVavo
    ) {
      items.push({ ...labelled, action: 'unchanged' });
      continue;
    }
    items.push(
      existing
        ? {
            ...labelled,
            action: 'update',
            changes: changedKeys(
              { pupils: existing.pupils, pupilsAtVavo: existing.pupilsAtVavo },
              incoming,
            ),
          }
        : { ...labelled, action: 'create' },
    );
    writes.upserts.push({ ...incoming, locationId: location.id });
  }
  return { items, problems, writes };
}
