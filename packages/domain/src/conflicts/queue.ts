import { fail, ok, type Outcome } from '../outcome';
import type { ConflictType } from '../vocabulary';

export type ConflictSeverity = 'low' | 'medium' | 'high';
export type ConflictStatus = 'open' | 'resolved' | 'dismissed';

/** How urgent each type is by default: displaced classes first, bookkeeping last. */
export const conflictSeverityOf: Record<ConflictType, ConflictSeverity> = {
  session_cancelled_with_bookings: 'high',
  capacity_reduced_below_booked: 'medium',
  oversubscribed: 'medium',
  blackout_overlap: 'medium',
  cap_exception_requested: 'medium',
  late_cancellation: 'medium',
  no_show_reported: 'low',
  session_change_blocked: 'medium',
  request_unfilled: 'low',
  placement_unsigned: 'high',
  attendance_unconfirmed: 'low',
  compliance_expired: 'high',
};

/** Higher is more urgent; the API's SQL ordering is built from this table. */
export const severityRank: Record<ConflictSeverity, number> = { high: 3, medium: 2, low: 1 };

export const conflictActionKinds = [
  'move_booking',
  'grant_cap_exception',
  'request_extra_session',
  'open_allocation_round',
  'dismiss',
  'resolve',
] as const;
export type ConflictActionKind = (typeof conflictActionKinds)[number];

/** The actions that make sense per type; `resolve` and `dismiss` always do. */
export const actionKindsFor: Record<ConflictType, readonly ConflictActionKind[]> = {
  session_cancelled_with_bookings: ['move_booking', 'request_extra_session', 'resolve', 'dismiss'],
  capacity_reduced_below_booked: ['move_booking', 'request_extra_session', 'resolve', 'dismiss'],
  oversubscribed: [
    'open_allocation_round',
    'request_extra_session',
    'move_booking',
    'resolve',
    'dismiss',
  ],
  blackout_overlap: ['move_booking', 'resolve', 'dismiss'],
  cap_exception_requested: ['grant_cap_exception', 'resolve', 'dismiss'],
  no_show_reported: ['resolve', 'dismiss'],
  late_cancellation: ['resolve', 'dismiss'],
  session_change_blocked: ['resolve', 'dismiss'],
  request_unfilled: ['resolve', 'dismiss'],
  placement_unsigned: ['resolve', 'dismiss'],
  attendance_unconfirmed: ['resolve', 'dismiss'],
  compliance_expired: ['resolve', 'dismiss'],
};

export interface QueuedConflict {
  id: string;
  severity: ConflictSeverity;
  createdAt: Date;
}

/** Queue order: most severe first, then oldest first, then id (a total, stable order). */
export function compareConflicts(a: QueuedConflict, b: QueuedConflict): number {
  return (
    severityRank[b.severity] - severityRank[a.severity] ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Age in whole minutes, never negative (clocks of writers may differ slightly). */
export const conflictAgeMinutes = (createdAt: Date, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 60_000));

/** Whether an action may be taken on a conflict now: only open conflicts, only fitting kinds. */
export function checkConflictAction(
  conflict: { type: ConflictType; status: ConflictStatus },
  kind: ConflictActionKind,
): Outcome<true> {
  if (conflict.status !== 'open') {
    return fail('invalid_transition', `the conflict is already ${conflict.status}`, {
      // Not `status`: meta fields are spread into the problem, whose `status` is the HTTP one.
      conflictStatus: conflict.status,
    });
  }
  if (!actionKindsFor[conflict.type].includes(kind)) {
    return fail('invalid_transition', `${kind} does not apply to ${conflict.type}`);
  }
  return ok(true);
}

/** Closing a conflict: open → resolved | dismissed, with a note; nothing else. */
export function closeConflict(
  conflict: { type: ConflictType; status: ConflictStatus },
  to: 'resolved' | 'dismissed',
): Outcome<ConflictStatus> {
  const allowed = checkConflictAction(conflict, to === 'resolved' ? 'resolve' : 'dismiss');
  return allowed.ok ? ok(to) : allowed;
}
