import {
  classImportHeader,
  companyImportHeader,
  importProblemSchema,
  schoolImportHeader,
  type ImportKind,
  type ImportResult,
} from '@stagebureau/domain';
import { z } from 'zod';
import type { MessageKey, Params, Translate } from './i18n';
import { nl } from './i18n/nl';

/** The import wizard's kinds in the order the page offers them: locations before pupils. */
export const wizardKinds = [
  'duo-locations',
  'duo-pupil-counts',
  'school-holidays',
  'shipped-school-holidays',
  'schools',
  'companies',
  'classes',
] as const satisfies readonly ImportKind[];

/** A classes import is for one school: the bureau picks it, a coordinator imports their own. */
export const needsSchool = (kind: ImportKind) => kind === 'classes';

/**
 * The kinds a user fills in themselves, with the header of their example file and its name:
 * the header comes from the domain, so the example and the check never disagree.
 */
export const exampleFiles: Partial<Record<ImportKind, { header: string; fileName: string }>> = {
  schools: { header: schoolImportHeader, fileName: 'scholen.csv' },
  companies: { header: companyImportHeader, fileName: 'bedrijven.csv' },
  classes: { header: classImportHeader, fileName: 'klassen.csv' },
};

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
  /** An error's stable code and values, said in the user's language by `rowDetail`. */
  code?: string;
  params?: Params;
}

export interface ImportSummary {
  counts: Record<Outcome, number>;
  rows: WizardRow[];
  /** Rows (errors included) that exist but are not in `rows`. */
  hiddenRows: number;
}

/** What the page keeps of the form, to show it again. */
export interface Chosen {
  kind: ImportKind | null;
  schoolYear: string;
  /** The school of a classes import (the bureau's choice; a coordinator's is their own). */
  organisationId: string;
}

export interface ImportPreviewed extends Chosen {
  step: 'preview';
  kind: ImportKind;
  fileName: string | null;
  /** SHA-256 of the previewed file: the apply must send the same bytes. */
  sha256: string | null;
  encoding: string | null;
  resultSchoolYear: string | null;
  summary: ImportSummary;
}

export interface ImportApplied extends Chosen {
  step: 'applied';
  kind: ImportKind;
  summary: ImportSummary;
}

export interface ImportFailed extends Chosen {
  step: 'failed';
  errors: { kind?: string; file?: string; schoolYear?: string; organisationId?: string };
  refusal?: { title: string; message?: string };
  rows: WizardRow[];
}

/** A row problem as the wizard reads it: without a code it shows the API's message. */
const rowProblemSchema = importProblemSchema.partial({ code: true });

const byLine = (a: { line: number | null }, b: { line: number | null }) =>
  (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);

const errorRow = (problem: z.infer<typeof rowProblemSchema>): WizardRow => ({
  outcome: 'error',
  line: problem.line,
  key: problem.column ?? problem.path ?? null,
  label: '',
  detail: problem.message,
  ...(problem.code ? { code: problem.code } : {}),
  ...(problem.params ? { params: problem.params } : {}),
});

const isMessageKey = (key: string): key is MessageKey => key in nl;

/**
 * What the table says about a row: the changed fields of an update, an error in the user's
 * language by its code (the API's English message when the code has no words here).
 */
export function rowDetail(row: WizardRow, t: Translate): string | null {
  if (row.outcome === 'update' && row.detail) return t('imports.changed', { fields: row.detail });
  const key = `imports.problem.${row.code ?? ''}`;
  if (row.outcome === 'error' && isMessageKey(key)) return t(key, row.params);
  return row.detail;
}

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

const importErrorsSchema = z.array(rowProblemSchema);

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
