import { z } from 'zod';
import { brinSchema, kvkSchema, updateOrganisationSchema } from '../contracts/organisation';
import type { ImportItem, ImportPlan, ImportProblem } from './plan';
import { duplicateKey, rowCheck } from './rowCheck';
import type { ColumnSpec, TableRow } from './table';

/** Companies and schools as a spreadsheet (issue 21): Dutch column names, one per row. */
export const companyImportHeader =
  'naam;kvk;straat;postcode;plaats;e-mail;telefoon;website;sectoren';
export const schoolImportHeader = 'naam;brin;straat;postcode;plaats;e-mail;telefoon';

const columnsOf = (header: string): readonly ColumnSpec[] =>
  header
    .split(';')
    .map((name) => (name === 'e-mail' ? { name, aliases: ['email', 'e-mailadres'] } : { name }));
export const companyImportColumns = columnsOf(companyImportHeader);
export const schoolImportColumns = columnsOf(schoolImportHeader);

/**
 * What a row says about an organisation. An empty optional cell says nothing: the stored
 * value stays (a short file does not wipe what the bureau typed by hand).
 */
export interface OrganisationImportFields {
  name: string;
  street?: string;
  postcode?: string;
  city?: string;
  contactEmail?: string;
  contactPhone?: string;
  website?: string;
  sectorTags?: string[];
}

export interface StoredImportOrganisation {
  id: string;
  kind: 'company' | 'school';
  /** Its KvK number (company) or BRIN code (school). */
  key: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  sectorTags: string[];
}

export interface OrganisationWrites {
  kind: 'company' | 'school';
  /** New organisations, `pending` like any new one, under their KvK number or BRIN code. */
  creates: (OrganisationImportFields & { key: string })[];
  /** Only the fields that change. */
  updates: { id: string; changes: Partial<OrganisationImportFields> }[];
}

const field = updateOrganisationSchema.shape;
const websiteSchema = z
  .string()
  .transform((raw) => (/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`))
  .pipe(z.url({ protocol: /^https?$/ }).max(300));

/** The sectors of a cell (`,` or `|` between them), by the region's codes or labels. */
function sectorsOf(
  raw: string,
  sectors: readonly { code: string; label: string }[],
  check: ReturnType<typeof rowCheck>,
): string[] | undefined {
  const codes: string[] = [];
  for (const part of raw
    .split(/[,|]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const lower = part.toLowerCase();
    const known = sectors.find(
      (s) => s.code.toLowerCase() === lower || s.label.toLowerCase() === lower,
    );
    if (!known) {
      check.add('sectoren', 'unknown_sector', `"${part}" is not a sector of the region`, {
        value: part,
      });
      return undefined;
    }
    if (!codes.includes(known.code)) codes.push(known.code);
  }
  return codes;
}

function readOrganisationRow(
  row: TableRow,
  kind: 'company' | 'school',
  sectors: readonly { code: string; label: string }[],
): (OrganisationImportFields & { key: string }) | ImportProblem[] {
  const v = row.values;
  const check = rowCheck(row.line);
  const key =
    kind === 'company'
      ? check.parse('kvk', v.kvk!, kvkSchema, 'not_kvk', { value: v.kvk!.replace(/[\s.]/g, '') })
      : check.parse('brin', v.brin!, brinSchema, 'not_brin');
  const name = check.parse('naam', v.naam!, field.name.unwrap(), v.naam ? 'too_long' : 'required');
  const optional = <T>(
    column: string,
    schema: z.ZodType<T>,
    code: Parameters<typeof check.parse>[3],
  ): T | undefined => (v[column] ? check.parse(column, v[column], schema, code) : undefined);
  const fields: OrganisationImportFields = {
    name: name!,
    street: optional('straat', field.street.unwrap().unwrap(), 'too_long'),
    postcode: optional('postcode', field.postcode.unwrap().unwrap(), 'not_postcode'),
    city: optional('plaats', field.city.unwrap().unwrap(), 'too_long'),
    contactEmail: optional('e-mail', field.contactEmail.unwrap().unwrap(), 'not_email'),
    contactPhone: optional('telefoon', field.contactPhone.unwrap().unwrap(), 'not_phone'),
    website: kind === 'company' ? optional('website', websiteSchema, 'not_url') : undefined,
    sectorTags:
      kind === 'company' && v.sectoren ? sectorsOf(v.sectoren, sectors, check) : undefined,
  };
  if (check.problems.length > 0) return check.problems;
  const defined = Object.entries(fields).filter(([, value]) => value !== undefined);
  return { ...(Object.fromEntries(defined) as OrganisationImportFields), key: key! };
}

const same = (stored: unknown, incoming: unknown) =>
  Array.isArray(stored) && Array.isArray(incoming)
    ? [...stored].sort().join('\u0000') === [...incoming].sort().join('\u0000')
    : (stored ?? null) === (incoming ?? null);

/**
 * The dry run of a companies (key: KvK number) or schools (key: BRIN code) file against the
 * region's organisations: created (pending), updated with the fields that change, or left
 * alone. A key that belongs to an organisation of the other kind is a row error.
 */
export function planOrganisationImport(
  rows: readonly TableRow[],
  kind: 'company' | 'school',
  stored: {
    organisations: readonly StoredImportOrganisation[];
    sectors: readonly { code: string; label: string }[];
  },
): ImportPlan<OrganisationWrites> {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const byKey = new Map(stored.organisations.map((o) => [o.key, o]));
  const keyColumn = kind === 'company' ? 'kvk' : 'brin';
  const writes: OrganisationWrites = { kind, creates: [], updates: [] };
  for (const row of rows) {
    const read = readOrganisationRow(row, kind, stored.sectors);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    const repeated = duplicateKey(seen, read.key, row.line, keyColumn);
    if (repeated) {
      problems.push(repeated);
      continue;
    }
    const item = { line: row.line, key: read.key, label: read.name };
    const existing = byKey.get(read.key);
    if (existing && existing.kind !== kind) {
      problems.push({
        line: row.line,
        column: keyColumn,
        code: 'key_of_other_kind',
        params: { key: read.key, name: existing.name },
        message: `${read.key} belongs to ${existing.name}, which is not a ${kind}`,
      });
      continue;
    }
    if (!existing) {
      items.push({ ...item, action: 'create' });
      writes.creates.push(read);
      continue;
    }
    const { key: _key, ...incoming } = read;
    const changed = (Object.keys(incoming) as (keyof OrganisationImportFields)[]).filter(
      (name) => !same(existing[name], incoming[name]),
    );
    if (changed.length === 0) items.push({ ...item, action: 'unchanged' });
    else {
      items.push({ ...item, action: 'update', changes: changed });
      const changes = Object.fromEntries(changed.map((name) => [name, incoming[name]]));
      writes.updates.push({ id: existing.id, changes });
    }
  }
  return { items, problems, writes };
}
