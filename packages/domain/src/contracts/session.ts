import { z } from 'zod';
import { maxSeriesLength } from '../recurrence';
import { sessionStatuses } from '../vocabulary';
import { addDays } from '../wallClock';
import { isoDate, isoDateTime, shortText } from './common';

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'local time like 09:30');
const capacity = z.number().int().min(0).max(10000);

const endsAfterStart = (value: { startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx) => {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt))
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
};

/** One session; capacity defaults to the offer's default seats. */
export const createSessionSchema = z
  .object({ startsAt: isoDateTime, endsAt: isoDateTime, capacity: capacity.optional() })
  .strict()
  .superRefine(endsAfterStart);
export type CreateSession = z.infer<typeof createSessionSchema>;

/**
 * A series in local Europe/Amsterdam wall-clock time: on the chosen ISO weekdays
 * (1 = Monday … 7 = Sunday) from `startDate`, until `endDate` or for `count` sessions.
 */
export const sessionSeriesSchema = z
  .object({
    startDate: isoDate,
    endDate: isoDate.optional(),
    count: z.number().int().min(1).max(maxSeriesLength).optional(),
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    startTime: localTime,
    endTime: localTime,
    capacity: capacity.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.endDate === undefined) === (value.count === undefined))
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'give either endDate or count' });
    if (value.endDate && value.endDate < value.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
    if (value.endTime <= value.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'must be after startTime' });
  });
export type SessionSeries = z.infer<typeof sessionSeriesSchema>;

export const updateSessionSchema = z
  .object({
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    capacity,
    /** The `sequence` the editor saw; a stale one answers 409 `conflict`. */
    expectedSequence: z.number().int().min(0),
    /** Why the company or bureau changes it; kept in the audit trail and shown to schools. */
    reason: shortText(500),
  })
  .partial()
  .strict()
  .superRefine(endsAfterStart)
  .refine((value) => value.startsAt ?? value.endsAt ?? value.capacity ?? null, 'nothing to change');
export type UpdateSession = z.infer<typeof updateSessionSchema>;

export const cancelSessionSchema = z.object({ reason: shortText(500) }).strict();

/** The local (Europe/Amsterdam) rendering that goes with every stored UTC instant. */
const localView = {
  localDate: isoDate,
  localStartTime: z.string(),
  localEndTime: z.string(),
  timeZone: z.literal('Europe/Amsterdam'),
};

/** What anyone may see of a session: aggregate seats only, never who booked. */
export const publicSessionSchema = z.object({
  id: z.uuid(),
  offerId: z.uuid(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  ...localView,
  capacity: z.number().int(),
  freeSeats: z.number().int(),
  status: z.enum(sessionStatuses),
});
export type PublicSession = z.infer<typeof publicSessionSchema>;

/** The widest window the public sessions list answers: a school year and a bit. */
export const maxPublicSessionsDays = 400;

/** A region's public sessions between two local (Europe/Amsterdam) dates, both included. */
export const publicSessionsQuerySchema = z
  .object({
    from: isoDate,
    to: isoDate,
    limit: z.coerce.number().int().min(1).max(500).default(200),
    offset: z.coerce.number().int().min(0).max(100000).default(0),
  })
  .strict()
  .superRefine((value, ctx) => {
    // Zod still runs this refinement when a bound failed its format: compare valid dates only.
    if (!isoDate.safeParse(value.from).success || !isoDate.safeParse(value.to).success) return;
    if (value.to < value.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (value.to > addDays(value.from, maxPublicSessionsDays))
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must be at most ${maxPublicSessionsDays} days after from`,
      });
  });
export type PublicSessionsQuery = z.infer<typeof publicSessionsQuerySchema>;

/** A public session with what a calendar shows of its offer. */
export const publicSessionListingSchema = publicSessionSchema.extend({
  offerTitle: z.string(),
  companyName: z.string(),
});
export type PublicSessionListing = z.infer<typeof publicSessionListingSchema>;

export const publicSessionPageSchema = z.object({
  items: z.array(publicSessionListingSchema),
  total: z.number().int(),
});

export const sessionSchema = publicSessionSchema.extend({
  bookedSeats: z.number().int(),
  overbookedByBureau: z.boolean(),
  cancelReason: z.string().nullable(),
  cancelledAt: isoDateTime.nullable(),
  /** Set for a session created from an accepted on-request proposal. */
  schoolId: z.uuid().nullable(),
  sequence: z.number().int(),
});
export type Session = z.infer<typeof sessionSchema>;

export const scheduleWarningSchema = z.object({
  code: z.literal('blackout_overlap'),
  startsAt: isoDateTime,
  blackoutId: z.uuid(),
  blackoutName: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
});
export type ScheduleWarning = z.infer<typeof scheduleWarningSchema>;

export const sessionCreatedSchema = z.object({
  session: sessionSchema,
  warnings: z.array(scheduleWarningSchema),
});
export const seriesCreatedSchema = z.object({
  sessions: z.array(sessionSchema),
  warnings: z.array(scheduleWarningSchema),
});
export const seriesPreviewSchema = z.object({
  occurrences: z.array(z.object({ startsAt: isoDateTime, endsAt: isoDateTime, ...localView })),
  warnings: z.array(scheduleWarningSchema),
});
export const sessionChangedSchema = z.object({
  session: sessionSchema,
  promotedBookingIds: z.array(z.uuid()),
  cancelledBookingIds: z.array(z.uuid()),
  conflictId: z.uuid().nullable(),
});
export const sessionListQuerySchema = z
  .object({ includeCancelled: z.enum(['true', 'false']).optional(), from: isoDateTime.optional() })
  .strict();
export const sessionListSchema = z.object({ items: z.array(sessionSchema) });

/**
 * All sessions of an organisation's offers (drafts left out), one page at a time: the company's
 * sessions page reads this instead of one list per offer.
 */
export const organisationSessionsQuerySchema = z
  .object({
    from: isoDateTime.optional(),
    includeCancelled: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    offset: z.coerce.number().int().min(0).max(100000).default(0),
  })
  .strict();
export type OrganisationSessionsQuery = z.infer<typeof organisationSessionsQuerySchema>;

/** A session with the title of its offer, as the company's own list shows it. */
export const organisationSessionSchema = sessionSchema.extend({ offerTitle: z.string() });
export type OrganisationSession = z.infer<typeof organisationSessionSchema>;

export const organisationSessionPageSchema = z.object({
  items: z.array(organisationSessionSchema),
  total: z.number().int(),
});
