import { importProblemSchema, type ImportKind, type ImportResult } from '@stagebureau/domain';
import { z } from 'zod';
import type { MessageKey, Translate } from './i18n';

/** The import wizard's kinds in the order the page offers them: locations before pupils. */
export const wizardKinds = [
  'duo-locations',
  'duo-pupil-counts',
  'school-holidays',
  'shipped-school-holidays',
] as const satisfies readonly ImportKind[];

/** Every kind but the shipped holidays reads a file. */
export const needsFile = (kind: ImportKind) => kind !== 'shipped-school-holidays';
export const needsSchoolYear = (kind: ImportKind) => kind === 'duo-pupil-counts';

/** At most this many rows are shown: a 1,600-row DUO file stays usable on a phone. */
export const shownRows = 200;

export type Outcome = 'error' | 'create' | 'update' | 'unchanged' | 'skip';

/** One line of the wizard's table: an error or what happens to a row. */
export interface WizardRow {
  outcome: Outcome;
  line: number | null;
  /** The row's key (a location code) or, for an error, its column or JSON path. */
  key: string | null;
  label: string;
  /** Changed fields (update), the reason (skip) or the error's message. */
  detail: string | null;
}

export interface ImportSummary {
  counts: Record<Outcome, number>;
  rows: WizardRow[];
  /** Rows (errors included) that exist but are not in `rows`. */
  hiddenRows: number;
}

const byLine = (a: { line: number | null }, b: { line: number | null }) =>
  (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);

const errorRow = (problem: z.infer<typeof importProblemSchema>): WizardRow => ({
  outcome: 'error',
  line: problem.line,
  key: problem.column ?? problem.path ?? null,
  label: '',
  detail: problem.message,
});

/**
 * An API import result as the wizard shows it: the totals, then the errors by line, then the
 * rows in file order, at most `limit` of them. The counts come from the totals, which count
 * every row even when the API capped its lists.
 */
export function summariseImport(result: ImportResult, limit = shownRows): ImportSummary {
  const errors = [...result.errors].sort(byLine).map(errorRow);
  const items = [...result.items].sort(byLine).map((item): WizardRow => ({
    outcome: item.action,
    line: item.line,
    key: item.key,
    label: item.label,
    detail: item.changes?.length ? item.changes.join(', ') : (item.reason ?? null),
  }));
  const all = [...errors, ...items];
  const { totals } = result;
  return {
    counts: {
      create: totals.created,
      update: totals.updated,
      unchanged: totals.unchanged,
      skip: totals.skipped,
      error: totals.errors,
    },
    rows: all.slice(0, limit),
    hiddenRows: Math.max(0, listedOrCounted(result) - Math.min(limit, all.length)),
  };
}

/** The errors and rows there are: the totals, also when the API capped its lists. */
function listedOrCounted(result: ImportResult): number {
  const { totals } = result;
  const counted =
    totals.created + totals.updated + totals.unchanged + totals.skipped + totals.errors;
  return Math.max(counted, result.items.length + result.errors.length);
}

const importErrorsSchema = z.array(importProblemSchema);

/** The row errors of a refused apply (422 import_rows_invalid carries them as `importErrors`). */
export function rowErrorsOf(extra: Record<string, unknown>): WizardRow[] {
  const parsed = importErrorsSchema.safeParse(extra.importErrors);
  return parsed.success ? [...parsed.data].sort(byLine).map(errorRow) : [];
}

/** What a refused import means, in words that say what to do next. */
export function importRefusalMessage(
  problem: { code: string; extra: Record<string, unknown> },
  t: Translate,
): string | undefined {
  const texts = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  switch (problem.code) {
    case 'import_header_mismatch': {
      const missing = texts(problem.extra.missingColumns);
      const expected = typeof problem.extra.expectedHeader === 'string';
      if (missing.length === 0) return t('imports.refusal.header');
      return t(expected ? 'imports.refusal.missingWithHeader' : 'imports.refusal.missing', {
        columns: missing.join(', '),
        header: expected ? String(problem.extra.expectedHeader) : '',
      });
    }
    case 'import_file_empty':
      return t('imports.refusal.empty');
    case 'file_content_mismatch':
      return t('imports.refusal.notThisKind');
    case 'import_rows_invalid':
      return t('imports.refusal.rows');
    case 'forbidden':
      return t('imports.adminOnly');
    case 'validation_failed':
      return t('imports.refusal.invalid');
    default:
      return undefined;
  }
}

export const outcomeLabel: Record<Outcome, MessageKey> = {
  error: 'imports.outcome.error',
  create: 'imports.outcome.create',
  update: 'imports.outcome.update',
  unchanged: 'imports.outcome.unchanged',
  skip: 'imports.outcome.skip',
};
