import { and, eq, inArray } from 'drizzle-orm';
import { regionTargets, type Database, type Transaction } from '@stagebureau/db';
import type { TargetMeasure } from '@stagebureau/domain';

type Db = Database | Transaction;

/** The region's targets of a school year, by measure (locked when in a writer's transaction). */
export async function findTargets(
  db: Db,
  regionId: string,
  schoolYear: string,
  forUpdate = false,
): Promise<Partial<Record<TargetMeasure, number>>> {
  const query = db
    .select({ measure: regionTargets.measure, target: regionTargets.target })
    .from(regionTargets)
    .where(and(eq(regionTargets.regionId, regionId), eq(regionTargets.schoolYear, schoolYear)));
  const rows = forUpdate ? await query.for('update') : await query;
  return Object.fromEntries(rows.map((row) => [row.measure, Number(row.target)]));
}

export async function upsertTargets(
  tx: Transaction,
  values: { regionId: string; schoolYear: string; updatedBy: string },
  targets: [TargetMeasure, number][],
) {
  if (targets.length === 0) return;
  const now = new Date();
  for (const [measure, target] of targets) {
    await tx
      .insert(regionTargets)
      .values({ ...values, measure, target })
      .onConflictDoUpdate({
        target: [regionTargets.regionId, regionTargets.schoolYear, regionTargets.measure],
        set: { target, updatedBy: values.updatedBy, updatedAt: now },
      });
  }
}

export async function deleteTargets(
  tx: Transaction,
  regionId: string,
  schoolYear: string,
  measures: TargetMeasure[],
) {
  if (measures.length === 0) return;
  await tx
    .delete(regionTargets)
    .where(
      and(
        eq(regionTargets.regionId, regionId),
        eq(regionTargets.schoolYear, schoolYear),
        inArray(regionTargets.measure, measures),
      ),
    );
}
