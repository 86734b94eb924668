import { z } from 'zod';
import { bookingStatuses, educationLevels } from '../vocabulary';
import { isoDateTime, longText, problemSchema, shortText } from './common';

/**
 * A class is booked as one unit (architecture §4): `seats` may be left out and then is the class's
 * size; when given it must equal the class's size (checked by the service, 422 otherwise).
 */
export const createBookingSchema = z
  .object({
    sessionId: z.uuid(),
    classId: z.uuid(),
    seats: z.number().int().min(1).max(1000).optional(),
    teachers: z.array(shortText(120)).max(10).default([]),
    note: longText(2000).default(''),
    /** Bureau only: book past the school's caps (architecture §5.3); logged in the audit trail. */
    overrideCaps: z.boolean().default(false),
  })
  .strict();
export type CreateBooking = z.infer<typeof createBookingSchema>;

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8, 'use a random key of at least 8 characters')
  .max(200);

export const bookingReasonSchema = z.object({ reason: shortText(500) }).strict();
/** Approve, accept-offer, decline-offer, no-show: a body with a reason or note is optional. */
export const optionalReasonSchema = z
  .object({ reason: longText(500).default('') })
  .strict()
  .nullish();

export const bookingSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  offerId: z.uuid(),
  offerTitle: z.string(),
  school: z.object({ id: z.uuid(), name: z.string() }),
  class: z.object({
    id: z.uuid(),
    name: z.string(),
    educationLevel: z.enum(educationLevels),
    schoolYear: z.number().int(),
  }),
  contact: z.object({ name: z.string(), email: z.string() }).nullable(),
  seats: z.number().int(),
  teachers: z.array(z.string()),
  note: z.string(),
  status: z.enum(bookingStatuses),
  /** The offer's cancellation deadline (hours before the start), so a list needs no offer reads. */
  cancellationDeadlineHours: z.number().int(),
  /** 1-based place on the session's waitlist; `null` unless waiting. */
  waitlistPosition: z.number().int().nullable(),
  /** Offered seats are held until then (promotion mode `offer`). */
  holdExpiresAt: isoDateTime.nullable(),
  statusReason: z.string().nullable(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  sequence: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Booking = z.infer<typeof bookingSchema>;

export const bookingListQuerySchema = z
  .object({
    sessionId: z.uuid().optional(),
    offerId: z.uuid().optional(),
    classId: z.uuid().optional(),
    schoolId: z.uuid().optional(),
    status: z.enum(bookingStatuses).optional(),
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type BookingListQuery = z.infer<typeof bookingListQuerySchema>;
export const bookingListSchema = z.object({ items: z.array(bookingSchema), total: z.number() });

export const waitlistQuerySchema = z.object({ sessionId: z.uuid() }).strict();
export const waitlistEntrySchema = z.object({
  bookingId: z.uuid(),
  position: z.number().int(),
  seats: z.number().int(),
  holdExpiresAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  /** Only for the school itself, its company and the bureau; `null` for others' entries. */
  school: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  className: z.string().nullable(),
});
export const waitlistSchema = z.object({
  sessionId: z.uuid(),
  capacity: z.number().int(),
  /** Aggregate free seats: what every school may see. */
  freeSeats: z.number().int(),
  length: z.number().int(),
  waitingSeats: z.number().int(),
  entries: z.array(waitlistEntrySchema),
});
export type Waitlist = z.infer<typeof waitlistSchema>;

/** The Idempotency-Key header (required: a missing key is 422 `idempotency_key_required`). */
export const createBookingHeadersSchema = z.object({
  'idempotency-key': z.string().max(200).optional(),
});

/** Booking refusals carry what the client needs to act: when booking opens, which cap. */
export const bookingProblemSchema = problemSchema.extend({
  opensAt: isoDateTime.nullable().optional(),
  cap: z.enum(['session', 'offer', 'season']).optional(),
  limit: z.number().int().optional(),
  used: z.number().int().optional(),
  mismatch: z.string().optional(),
  bookingStatus: z.enum(bookingStatuses).optional(),
});
