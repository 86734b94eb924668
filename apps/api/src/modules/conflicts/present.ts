import { conflictAgeMinutes, type Conflict, type ConflictType } from '@stagebureau/domain';
import type { ConflictListRow } from './repo';

/** A stored conflict with the names the queue shows. */
export function toConflict(row: ConflictListRow, now: Date): Conflict {
  const c = row.conflict;
  return {
    id: c.id,
    type: c.type as ConflictType,
    severity: c.severity,
    status: c.status,
    session:
      c.sessionId && row.sessionStartsAt && row.sessionStatus
        ? {
            id: c.sessionId,
            startsAt: row.sessionStartsAt.toISOString(),
            status: row.sessionStatus,
          }
        : null,
    offer: c.offerId && row.offerTitle !== null ? { id: c.offerId, title: row.offerTitle } : null,
    school: c.schoolId && row.schoolName !== null ? { id: c.schoolId, name: row.schoolName } : null,
    bookingIds: c.bookingIds,
    details: (c.details ?? {}) as Record<string, unknown>,
    ageMinutes: conflictAgeMinutes(c.createdAt, now),
    createdAt: c.createdAt.toISOString(),
    resolvedBy: c.resolvedBy,
    resolutionNote: c.resolutionNote,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
  };
}
