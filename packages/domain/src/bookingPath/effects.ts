import { conflictSeverityOf } from '../conflicts/index';
import type { NotificationEvent } from '../notifications/events';
import type { ConflictType } from '../vocabulary';

/**
 * What a booking decision does besides the booking row itself, as data: the audit rows, the
 * conflicts for the bureau and the notification events. The API writes them in the booking's
 * transaction exactly as decided; every path that creates or changes a booking returns them
 * from the domain, so the side effects cannot differ between paths (architecture §5.8).
 */
export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export interface ConflictToRaise {
  /** Chosen by the caller (a fresh uuid), so the decision stays pure and can name it. */
  id: string;
  regionId: string;
  type: ConflictType;
  severity: (typeof conflictSeverityOf)[ConflictType];
  sessionId: string | null;
  offerId: string | null;
  schoolId: string | null;
  bookingIds: string[];
  details: Record<string, unknown>;
}

export interface BookingEffects {
  audit: AuditEntry[];
  conflicts: ConflictToRaise[];
  notifications: NotificationEvent[];
}

/** A conflict with its severity from the domain's table; raising one always tells the bureau. */
export function raising(
  conflict: Omit<ConflictToRaise, 'severity' | 'bookingIds' | 'details'> &
    Partial<Pick<ConflictToRaise, 'bookingIds' | 'details'>>,
): Pick<BookingEffects, 'conflicts' | 'notifications'> {
  const row: ConflictToRaise = {
    bookingIds: [],
    details: {},
    ...conflict,
    severity: conflictSeverityOf[conflict.type],
  };
  return {
    conflicts: [row],
    notifications: [{ kind: 'conflict.raised', regionId: row.regionId, conflictId: row.id }],
  };
}

export const combine = (...parts: Partial<BookingEffects>[]): BookingEffects => ({
  audit: parts.flatMap((part) => part.audit ?? []),
  conflicts: parts.flatMap((part) => part.conflicts ?? []),
  notifications: parts.flatMap((part) => part.notifications ?? []),
});
