import { holidayRegions, type HolidayRegion } from '../vocabulary';
import { checkWeekend, holidayDatesOf } from './holidayDates';
import { changedKeys, type ImportItem, type ImportPlan, type ImportProblem } from './plan';

/** One school holiday in one holiday region, as local dates (Europe/Amsterdam), inclusive. */
export interface HolidayPeriod {
  /** Where in the file it came from, e.g. `content[0].vacations[1].regions[0]`. */
  path: string;
  schoolYear: string;
  name: string;
  holidayRegion: HolidayRegion;
  startsOn: string;
  endsOn: string;
}

/** The stable key of an imported holiday: a re-import finds its row by it. */
export const holidaySourceKey = (p: Pick<HolidayPeriod, 'schoolYear' | 'name' | 'holidayRegion'>) =>
  `schoolholidays:${p.schoolYear}:${p.name.toLowerCase()}:${p.holidayRegion}`;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const arrayAt = (value: Json, key: string) =>
  Array.isArray(value[key]) ? (value[key] as unknown[]) : null;

function validSchoolYear(year: string): boolean {
  const match = /^(\d{4})-(\d{4})$/.exec(year);
  return Boolean(match && Number(match[2]) === Number(match[1]) + 1);
}

/** `heel Nederland` is one row for a national holiday: it holds for all three regions. */
function regionsOf(raw: string): HolidayRegion[] | null {
  const region = raw.toLowerCase();
  if (region === 'heel nederland') return [...holidayRegions];
  return (holidayRegions as readonly string[]).includes(region) ? [region as HolidayRegion] : null;
}

type Read = { periods: HolidayPeriod[]; problems: ImportProblem[] };

function readVacations(document: Json, at: string, out: Read) {
  const contents = arrayAt(document, 'content');
  if (!contents) {
    out.problems.push({
      line: null,
      path: `${at}content`,
      column: 'content',
      code: 'required',
      message: 'missing',
    });
    return;
  }
  contents.forEach((content, c) => {
    const here = `${at}content[${c}]`;
    if (!isObject(content)) return;
    const schoolYear = text(content.schoolyear);
    if (!validSchoolYear(schoolYear)) {
      out.problems.push({
        line: null,
        path: `${here}.schoolyear`,
        column: 'schoolyear',
        code: 'not_school_year',
        message: `"${schoolYear}" is not a school year (2025-2026)`,
      });
      return;
    }
    (arrayAt(content, 'vacations') ?? []).forEach((vacation, v) => {
      if (!isObject(vacation)) return;
      const name = text(vacation.type);
      (arrayAt(vacation, 'regions') ?? []).forEach((row, r) => {
        const path = `${here}.vacations[${v}].regions[${r}]`;
        const problem = (column: string, message: string) =>
          out.problems.push({ line: null, path, column, code: 'invalid', message });
        if (!isObject(row)) return problem('regions', 'not an object');
        if (!name || name.length > 120) return problem('type', 'needs a holiday name');
        const regions = regionsOf(text(row.region));
        if (!regions)
          return problem(
            'region',
            `"${text(row.region)}" is not noord, midden, zuid or heel Nederland`,
          );
        const dates = holidayDatesOf(text(row.startdate), text(row.enddate));
        if (!dates.ok) return problem('startdate', dates.message);
        for (const holidayRegion of regions)
          out.periods.push({
            path,
            schoolYear,
            name,
            holidayRegion,
            startsOn: dates.startsOn,
            endsOn: dates.endsOn,
          });
      });
    });
  });
}

/** The normalised shape the product ships (rows of local dates): same checks, same result. */
function readNormalised(rows: unknown[], out: Read) {
  rows.forEach((row, index) => {
    const path = `rows[${index}]`;
    const problem = (column: string, message: string) =>
      out.problems.push({ line: null, path, column, code: 'invalid', message });
    if (!isObject(row)) return problem('rows', 'not an object');
    const schoolYear = text(row.schoolYear);
    if (!validSchoolYear(schoolYear))
      return problem('schoolYear', `"${schoolYear}" is not a school year`);
    const name = text(row.type);
    if (!name || name.length > 120) return problem('type', 'needs a holiday name');
    const regions = regionsOf(text(row.region));
    if (!regions) return problem('region', `"${text(row.region)}" is not noord, midden or zuid`);
    const dates = checkWeekend(text(row.startDate), text(row.endDate));
    if (!dates.ok) return problem('startDate', dates.message);
    for (const holidayRegion of regions)
      out.periods.push({
        path,
        schoolYear,
        name,
        holidayRegion,
        startsOn: dates.startsOn,
        endsOn: dates.endsOn,
      });
  });
}

/**
 * Reads a school-holiday JSON document: the opendata.rijksoverheid.nl response (one document,
 * or an array of them) or the normalised rows the product ships. Null: the JSON is neither.
 */
export function readSchoolHolidays(json: unknown): Read | null {
  const out: Read = { periods: [], problems: [] };
  if (isObject(json) && Array.isArray(json.rows)) readNormalised(json.rows, out);
  else if (isObject(json) && Array.isArray(json.content)) readVacations(json, '', out);
  else if (
    Array.isArray(json) &&
    json.length > 0 &&
    json.every((d) => isObject(d) && Array.isArray(d.content))
  )
    json.forEach((document, index) => readVacations(document as Json, `[${index}].`, out));
  else return null;
  return out;
}

export interface StoredHoliday {
  id: string;
  sourceKey: string | null;
  name: string;
  holidayRegion: HolidayRegion | null;
  startsOn: string;
  endsOn: string;
}

export interface HolidayWrites {
  creates: {
    sourceKey: string;
    name: string;
    holidayRegion: HolidayRegion;
    startsOn: string;
    endsOn: string;
  }[];
  updates: { id: string; name: string; startsOn: string; endsOn: string }[];
}

/**
 * The dry run of holiday periods against the region's school-holiday blackouts. A period
 * updates the row it was imported into before (same school year, name and holiday region);
 * a hand-made holiday with the same region and dates counts as already there; periods of a
 * holiday region no school of this region is in are skipped.
 */
export function planSchoolHolidays(
  periods: readonly HolidayPeriod[],
  stored: readonly StoredHoliday[],
  regionsInUse: ReadonlySet<HolidayRegion>,
): ImportPlan<HolidayWrites> {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const writes: HolidayWrites = { creates: [], updates: [] };
  const byKey = new Map(stored.filter((s) => s.sourceKey).map((s) => [s.sourceKey!, s]));
  const handMade = stored.filter((s) => !s.sourceKey);
  const seen = new Map<string, string>();
  for (const period of periods) {
    const key = holidaySourceKey(period);
    const item = {
      line: null,
      key,
      label: `${period.name} ${period.holidayRegion} ${period.startsOn} – ${period.endsOn}`,
    };
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        line: null,
        path: period.path,
        column: 'type',
        code: 'duplicate_key',
        params: {
          key: `${period.name} ${period.schoolYear} ${period.holidayRegion}`,
          line: earlier,
        },
        message: `${period.name} ${period.schoolYear} ${period.holidayRegion} repeats ${earlier}`,
      });
      continue;
    }
    seen.set(key, period.path);
    if (!regionsInUse.has(period.holidayRegion)) {
      items.push({
        ...item,
        action: 'skip',
        reason: 'no school of the region is in this holiday region',
      });
      continue;
    }
    const incoming = { name: period.name, startsOn: period.startsOn, endsOn: period.endsOn };
    const existing = byKey.get(key);
    if (existing) {
      const changes = changedKeys(
        { name: existing.name, startsOn: existing.startsOn, endsOn: existing.endsOn },
        incoming,
      );
      if (changes.length === 0) items.push({ ...item, action: 'unchanged' });
      else {
        items.push({ ...item, action: 'update', changes });
        writes.updates.push({ ...incoming, id: existing.id });
      }
      continue;
    }
    const same = handMade.find(
      (h) =>
        (h.holidayRegion ?? period.holidayRegion) === period.holidayRegion &&
        h.startsOn === period.startsOn &&
        h.endsOn === period.endsOn,
    );
    if (same) {
      items.push({ ...item, action: 'unchanged', reason: 'already entered by hand' });
      continue;
    }
    items.push({ ...item, action: 'create' });
    writes.creates.push({ ...incoming, sourceKey: key, holidayRegion: period.holidayRegion });
  }
  return { items, problems, writes };
}
