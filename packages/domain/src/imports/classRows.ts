import { classFieldsSchema } from '../contracts/schoolClass';
import { educationLevels, vmboProfiles, type EducationLevel } from '../vocabulary';
import type { ImportItem, ImportPlan, ImportProblem } from './plan';
import { duplicateKey, rowCheck } from './rowCheck';
import type { ColumnSpec, TableRow } from './table';

/** A school's classes as a spreadsheet (issue 21): Dutch column names, one class per row. */
export const classImportHeader = 'naam;niveau;leerjaar;profiel;grootte;locatie';
export const classImportColumns: readonly ColumnSpec[] = classImportHeader
  .split(';')
  .map((name) => ({ name }));

export interface ClassImportFields {
  name: string;
  educationLevel: EducationLevel;
  schoolYear: number;
  vmboProfile: string | null;
  size: number;
  locationId: string | null;
}

export interface StoredClass extends ClassImportFields {
  id: string;
}

/** A location of the school, found by its DUO code or its name. */
export interface ClassLocationRef {
  id: string;
  code: string | null;
  name: string;
}

export interface ClassWrites {
  creates: ClassImportFields[];
  updates: (ClassImportFields & { id: string })[];
}

/** The contract's own bounds for a grade and a class size: the rule is written once. */
const gradeSchema = classFieldsSchema.shape.schoolYear;
const sizeSchema = classFieldsSchema.shape.size;
const boundsOf = (schema: typeof gradeSchema) => ({
  min: schema.minValue ?? 0,
  max: schema.maxValue ?? 0,
});

const whole = (raw: string) => (/^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN);
const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function locationOf(raw: string, locations: readonly ClassLocationRef[]) {
  return (
    locations.find((l) => l.code !== null && sameText(l.code, raw)) ??
    locations.find((l) => sameText(l.name, raw))
  );
}

/** One row as a class's fields, or the problems that keep it out. */
export function readClassRow(
  row: TableRow,
  locations: readonly ClassLocationRef[],
): ClassImportFields | ImportProblem[] {
  const v = row.values;
  const check = rowCheck(row.line);
  const name = check.parse(
    'naam',
    v.naam!,
    classFieldsSchema.shape.name,
    v.naam ? 'too_long' : 'required',
  );
  const level = v.niveau!.toLowerCase().replace(/\s+/g, '-');
  const educationLevel = educationLevels.find((known) => known === level);
  if (!educationLevel)
    check.add('niveau', 'not_education_level', `"${v.niveau}" is not a level`, {
      value: v.niveau!,
      allowed: educationLevels.join(', '),
    });
  const schoolYear = check.parse('leerjaar', v.leerjaar!, gradeSchema, 'not_grade', {
    value: whole(v.leerjaar!),
    params: boundsOf(gradeSchema),
  });
  const profile = v.profiel!;
  const vmboProfile =
    profile === '' ? null : (vmboProfiles.find((known) => sameText(known, profile)) ?? undefined);
  if (vmboProfile === undefined)
    check.add('profiel', 'not_vmbo_profile', `"${profile}" is not a vmbo profile`, {
      value: profile,
      allowed: vmboProfiles.join(', '),
    });
  const size = check.parse('grootte', v.grootte!, sizeSchema, 'not_class_size', {
    value: whole(v.grootte!),
    params: boundsOf(sizeSchema),
  });
  const location = v.locatie === '' ? null : locationOf(v.locatie!, locations);
  if (location === undefined)
    check.add('locatie', 'unknown_location', `"${v.locatie}" is no location of this school`, {
      value: v.locatie!,
    });
  if (check.problems.length > 0) return check.problems;
  return {
    name: name!,
    educationLevel: educationLevel!,
    schoolYear: schoolYear!,
    vmboProfile: vmboProfile!,
    size: size!,
    locationId: location?.id ?? null,
  };
}

/**
 * The dry run of a school's classes file: a class is known by its name (case-insensitive)
 * among the school's classes that are not archived; it is created, updated with the fields
 * that change, or left alone. Classes the file does not name stay as they are.
 */
export function planClassImport(
  rows: readonly TableRow[],
  stored: { classes: readonly StoredClass[]; locations: readonly ClassLocationRef[] },
): ImportPlan<ClassWrites> {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const byName = new Map(stored.classes.map((c) => [c.name.toLowerCase(), c]));
  const writes: ClassWrites = { creates: [], updates: [] };
  for (const row of rows) {
    const read = readClassRow(row, stored.locations);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    const key = read.name.toLowerCase();
    const repeated = duplicateKey(seen, key, row.line, 'naam', read.name);
    if (repeated) {
      problems.push(repeated);
      continue;
    }
    const item = { line: row.line, key: read.name, label: read.name };
    const existing = byName.get(key);
    if (!existing) {
      items.push({ ...item, action: 'create' });
      writes.creates.push(read);
      continue;
    }
    const changes = (Object.keys(read) as (keyof ClassImportFields)[]).filter(
      (field) => existing[field] !== read[field],
    );
    if (changes.length === 0) items.push({ ...item, action: 'unchanged' });
    else {
      items.push({ ...item, action: 'update', changes });
      writes.updates.push({ ...read, id: existing.id });
    }
  }
  return { items, problems, writes };
}
