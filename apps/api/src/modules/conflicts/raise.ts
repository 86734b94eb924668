import { and, eq, sql } from 'drizzle-orm';
import { conflicts, type Database, type Transaction } from '@stagebureau/db';
import { conflictSeverityOf, type ConflictType } from '@stagebureau/domain';
import { notify } from '../notifications/notify';

export interface NewConflict {
  regionId: string;
  type: ConflictType;
  sessionId?: string | null;
  offerId?: string | null;
  schoolId?: string | null;
  bookingIds?: string[];
  details?: Record<string, unknown>;
}

/** Raises a conflict in the transaction of the event that causes it (architecture §7); its
 * severity comes from the domain's table for its type. */
export async function raiseConflict(tx: Transaction, conflict: NewConflict): Promise<string> {
  const [row] = await tx
    .insert(conflicts)
    .values({
      regionId: conflict.regionId,
      type: conflict.type,
      severity: conflictSeverityOf[conflict.type],
      sessionId: conflict.sessionId ?? null,
      offerId: conflict.offerId ?? null,
      schoolId: conflict.schoolId ?? null,
      bookingIds: conflict.bookingIds ?? [],
      details: conflict.details ?? {},
    })
    .returning({ id: conflicts.id });
  await notify(tx, { kind: 'conflict.raised', regionId: conflict.regionId, conflictId: row!.id });
  return row!.id;
}

/**
 * Closes the open conflicts of `type` about one placement when the cause went away by itself
 * (the last signature came in, the week was confirmed): resolved by the system, with a note.
 */
export async function settlePlacementConflicts(
  tx: Transaction,
  regionId: string,
  type: ConflictType,
  placementId: string,
  note: string,
  now: Date,
): Promise<number> {
  const closed = await tx
    .update(conflicts)
    .set({ status: 'resolved', resolutionNote: note, resolvedAt: now })
    .where(
      and(
        eq(conflicts.regionId, regionId),
        eq(conflicts.type, type),
        eq(conflicts.status, 'open'),
        sql`${conflicts.details}->>'placementId' = ${placementId}`,
      ),
    )
    .returning({ id: conflicts.id });
  return closed.length;
}

/** Whether the bureau's queue ever had a conflict of `type` about this placement (any status). */
export async function placementConflictRaised(
  tx: Transaction | Database,
  regionId: string,
  type: ConflictType,
  placementId: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: conflicts.id })
    .from(conflicts)
    .where(
      and(
        eq(conflicts.regionId, regionId),
        eq(conflicts.type, type),
        sql`${conflicts.details}->>'placementId' = ${placementId}`,
      ),
    )
    .limit(1);
  return Boolean(row);
}
