import { z } from 'zod';
import { conflictActionKinds } from '../conflicts/queue';
import {
  bookingStatuses,
  conflictSeverities,
  conflictStatuses,
  conflictTypes,
} from '../vocabulary';
import { isoDateTime, shortText } from './common';

export const conflictListQuerySchema = z
  .object({
    type: z.enum(conflictTypes).optional(),
    status: z.enum(conflictStatuses).optional(),
    severity: z.enum(conflictSeverities).optional(),
    sessionId: z.uuid().optional(),
    offerId: z.uuid().optional(),
    schoolId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type ConflictListQuery = z.infer<typeof conflictListQuerySchema>;

/** What the bureau did on a conflict, kept on the conflict (and in the audit trail). */
export const conflictMoveSchema = z.object({
  bookingId: z.uuid(),
  newBookingId: z.uuid(),
  toSessionId: z.uuid(),
  by: z.uuid(),
  at: isoDateTime,
  reason: z.string(),
});
export const extraSessionRequestSchema = z.object({
  message: z.string(),
  by: z.uuid(),
  at: isoDateTime,
});
export const conflictLogSchema = z.object({
  moves: z.array(conflictMoveSchema).default([]),
  extraSessionRequests: z.array(extraSessionRequestSchema).default([]),
});
export type ConflictLog = z.infer<typeof conflictLogSchema>;

export const conflictSchema = z.object({
  id: z.uuid(),
  type: z.enum(conflictTypes),
  severity: z.enum(conflictSeverities),
  status: z.enum(conflictStatuses),
  session: z
    .object({ id: z.uuid(), startsAt: isoDateTime, status: z.enum(['scheduled', 'cancelled']) })
    .nullable(),
  offer: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  school: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  bookingIds: z.array(z.uuid()),
  details: z.record(z.string(), z.unknown()),
  ageMinutes: z.number().int(),
  createdAt: isoDateTime,
  resolvedBy: z.uuid().nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: isoDateTime.nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;

const countsOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object(
    Object.fromEntries(values.map((value) => [value, z.number().int()])) as Record<
      T[number],
      z.ZodNumber
    >,
  );

export const conflictListSchema = z.object({
  items: z.array(conflictSchema),
  total: z.number().int(),
  /** Over the region, ignoring the type/status filters, so tabs can show their numbers. */
  counts: z.object({
    byType: countsOf(conflictTypes),
    byStatus: countsOf(conflictStatuses),
    /** Open conflicts per type: the queue's tabs. */
    openByType: countsOf(conflictTypes),
    /** The navigation badge. */
    open: z.number().int(),
  }),
});

export const suggestedActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('move_booking'),
    bookingId: z.uuid(),
    toSessionId: z.uuid(),
    offerId: z.uuid(),
    offerTitle: z.string(),
    sameOffer: z.boolean(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    freeSeats: z.number().int(),
  }),
  z.object({ kind: z.literal('grant_cap_exception'), sessionId: z.uuid(), classId: z.uuid() }),
  z.object({ kind: z.literal('request_extra_session'), offerId: z.uuid() }),
  z.object({ kind: z.literal('open_allocation_round'), offerId: z.uuid() }),
  z.object({ kind: z.literal('resolve') }),
  z.object({ kind: z.literal('dismiss') }),
]);

export const conflictBookingSchema = z.object({
  id: z.uuid(),
  status: z.enum(bookingStatuses),
  seats: z.number().int(),
  startsAt: isoDateTime,
  school: z.object({ id: z.uuid(), name: z.string() }),
  class: z.object({ id: z.uuid(), name: z.string() }),
  offer: z.object({ id: z.uuid(), title: z.string() }),
  /** Set when the bureau moved this booking: the booking that replaced it. */
  movedTo: z.object({ bookingId: z.uuid(), sessionId: z.uuid() }).nullable(),
});

export const conflictDetailSchema = conflictSchema.extend({
  bookings: z.array(conflictBookingSchema),
  allowedActions: z.array(z.enum(conflictActionKinds)),
  suggestedActions: z.array(suggestedActionSchema),
  log: conflictLogSchema,
});
export type ConflictDetail = z.infer<typeof conflictDetailSchema>;

export const moveBookingSchema = z
  .object({ bookingId: z.uuid(), toSessionId: z.uuid(), reason: shortText(500) })
  .strict();
export type MoveBooking = z.infer<typeof moveBookingSchema>;
export const moveBookingResultSchema = z.object({
  conflict: conflictDetailSchema,
  movedBookingId: z.uuid(),
  newBookingId: z.uuid(),
  promotedBookingIds: z.array(z.uuid()),
});

export const grantCapExceptionSchema = z.object({ reason: shortText(500) }).strict();
export const grantCapExceptionResultSchema = z.object({
  conflict: conflictDetailSchema,
  bookingId: z.uuid(),
  bookingStatus: z.enum(bookingStatuses),
});

export const requestExtraSessionSchema = z.object({ message: shortText(2000) }).strict();
export const conflictNoteSchema = z.object({ note: shortText(2000) }).strict();

export const capExceptionRequestSchema = z
  .object({ sessionId: z.uuid(), classId: z.uuid(), reason: shortText(1000) })
  .strict();
export type CapExceptionRequest = z.infer<typeof capExceptionRequestSchema>;
export const capExceptionRequestedSchema = z.object({
  conflictId: z.uuid(),
  status: z.literal('open'),
});

/** The log kept in a conflict's details; unknown or malformed parts read as empty. */
export function conflictLogOf(details: unknown): ConflictLog {
  const parsed = conflictLogSchema.safeParse(details ?? {});
  return parsed.success ? parsed.data : { moves: [], extraSessionRequests: [] };
}
