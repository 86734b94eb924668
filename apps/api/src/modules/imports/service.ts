import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  countActions,
  importListCap,
  type Actor,
  type ImportKind,
  type ImportResult,
} from '@stagebureau/domain';
import { auditActorOf, recordAudit } from '../audit/record';
import { loadRegionWithSettings } from '../region/service';
import { planImport, type Planned, type RegionFacts } from './kinds';
import type { ImportFile } from './upload';

export async function regionFacts(db: Database, actor: Actor): Promise<RegionFacts> {
  const region = await loadRegionWithSettings(db, actor.regionId);
  if (!region) throw new DomainError('not_found');
  return region;
}

function resultOf(kind: ImportKind, planned: Planned, applied: boolean): ImportResult {
  const { items, problems } = planned.plan;
  const errors = [...problems]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((problem) => ({ ...problem, code: problem.code ?? 'invalid' }));
  return {
    kind,
    applied,
    encoding: planned.encoding,
    schoolYear: planned.schoolYear,
    totals: { rows: planned.rows, ...countActions(items), errors: errors.length },
    errors: errors.slice(0, importListCap),
    items: items.slice(0, importListCap),
    truncated: items.length > importListCap || errors.length > importListCap,
  };
}

/** The dry run: what the file would create, update or leave alone, and its row errors. */
export async function previewImport(
  db: Database,
  region: RegionFacts,
  kind: ImportKind,
  file: ImportFile | null,
  schoolId: string | null = null,
): Promise<ImportResult> {
  return resultOf(kind, await planImport(db, region, kind, file, schoolId), false);
}

/**
 * The apply: the same plan, made again inside one transaction from what the transaction sees
 * (one import per region and kind at a time), written only when no row has an error; else
 * nothing is written and the problem lists the row errors.
 */
export async function applyImport(
  db: Database,
  actor: Actor,
  region: RegionFacts,
  kind: ImportKind,
  file: ImportFile | null,
  schoolId: string | null = null,
): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${region.id}:${kind}`}))`);
    const planned = await planImport(tx, region, kind, file, schoolId);
    const result = resultOf(kind, planned, true);
    if (result.totals.errors > 0)
      throw new DomainError('import_rows_invalid', `${result.totals.errors} row(s) have errors`, {
        importErrors: result.errors,
      });
    await planned.write(tx);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'import',
      entityId: kind,
      action: 'apply',
      after: {
        fileName: file?.fileName ?? null,
        sha256: file ? createHash('sha256').update(file.bytes).digest('hex') : null,
        encoding: result.encoding,
        schoolYear: result.schoolYear,
        ...(schoolId ? { organisationId: schoolId } : {}),
        totals: result.totals,
      },
    });
    return result;
  });
}

/**
 * The shipped 2025–2028 holidays for a new region (the demo seed), as an apply without an
 * actor would write them: same plan, same rows, so a later import finds them by their key.
 */
export async function seedShippedHolidays(tx: Transaction, region: RegionFacts): Promise<number> {
  const planned = await planImport(tx, region, 'shipped-school-holidays', null);
  await planned.write(tx);
  return countActions(planned.plan.items).created;
}
