import { conflicts, type Transaction } from '@stagebureau/db';
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
