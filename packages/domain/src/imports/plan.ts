import type { ErrorCode } from '../errors';

/**
 * Where a row went wrong: its line (CSV, spreadsheet) or path (JSON), the column when one is
 * to blame. `code` (+ `params`) is stable, for the web to say it in the user's language;
 * `message` is the English fallback.
 */
export interface ImportProblem {
  line: number | null;
  path?: string;
  column: string | null;
  /** Absent means `invalid` (readers outside imports, e.g. geography, need not name one). */
  code?: ImportProblemCode;
  params?: Record<string, string | number>;
  message: string;
}

/** The kinds of row problem an import reports (`invalid`: see the message). */
export const importProblemCodes = [
  'row_unreadable',
  'field_count',
  'required',
  'too_long',
  'duplicate_key',
  'not_brin',
  'not_location_code',
  'location_not_of_school',
  'not_postcode',
  'not_holiday_region',
  'not_number',
  'not_school_year',
  'not_kvk',
  'not_email',
  'not_phone',
  'not_url',
  'not_education_level',
  'not_grade',
  'not_vmbo_profile',
  'not_class_size',
  'unknown_location',
  'unknown_sector',
  'key_of_other_kind',
  'invalid',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export type ImportAction = 'create' | 'update' | 'unchanged' | 'skip';

/** One row's fate in a dry run or an apply. */
export interface ImportItem {
  line: number | null;
  /** The natural key, e.g. the location code `25CL01`. */
  key: string;
  action: ImportAction;
  label: string;
  /** For `update`: the fields that change. */
  changes?: string[];
  /** For `skip` and some `unchanged`: why. */
  reason?: string;
}

/** What an import would do (preview) or did (apply), with what the shell has to write. */
export interface ImportPlan<Writes> {
  items: ImportItem[];
  problems: ImportProblem[];
  writes: Writes;
}

/** A file-level refusal: nothing of the file is usable. */
export interface ImportRefusal {
  ok: false;
  code: ErrorCode;
  detail: string;
  meta?: Record<string, unknown>;
}

export const refuse = (
  code: ErrorCode,
  detail: string,
  meta?: Record<string, unknown>,
): ImportRefusal => ({ ok: false, code, detail, meta });

/**
 * The most rows one import reads: DUO's national file has about 1,600, so this is far above
 * any real file and keeps a hostile one (within the upload limit) from costing unbounded work.
 */
export const maxImportRows = 100_000;

/** The fields that differ between what is stored and what the file says. */
export function changedKeys<T extends object>(stored: T, incoming: T): string[] {
  return (Object.keys(incoming) as (keyof T & string)[]).filter(
    (key) => (stored[key] ?? null) !== (incoming[key] ?? null),
  );
}

export function countActions(items: readonly ImportItem[]) {
  const count = (action: ImportAction) => items.filter((item) => item.action === action).length;
  return {
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    skipped: count('skip'),
  };
}
