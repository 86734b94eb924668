import { z } from 'zod';
import { participantKinds, placementStatuses } from '../placements/vocabulary';
import { bookingStatuses, offerTypes } from '../vocabulary';
import { isoDate, isoDateTime } from './common';
import { schoolYearSchema } from './report';

/** `?schoolYear=2026-2027`; without it, the school year the request falls in. */
export const yearPlanQuerySchema = z.object({ schoolYear: schoolYearSchema.optional() }).strict();
export type YearPlanQuery = z.infer<typeof yearPlanQuerySchema>;

export const yearPlanClassSchema = z.object({
  name: z.string(),
  school: z.string(),
  /** `requested` is still awaiting the company's approval; the web marks it. */
  status: z.enum(bookingStatuses),
});

/**
 * A placement in a year plan (issue 16): the place's period and working days, its status and
 * who goes — a class (one pupil) or a teacher — never a name.
 */
export const yearPlanPlacementSchema = z.object({
  id: z.uuid(),
  status: z.enum(placementStatuses),
  participantKind: z.enum(participantKinds),
  /** The pupil's class; null for a teacher's own placement (docentenstage). */
  className: z.string().nullable(),
  schoolName: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
  weekdays: z.array(z.number().int().min(1).max(7)),
  dayStarts: z.string(),
  dayEnds: z.string(),
  workingDays: z.number().int(),
});
export type YearPlanPlacement = z.infer<typeof yearPlanPlacementSchema>;

/**
 * One thing in a year plan. A company's plan has one item per session (its classes: every
 * live booking); a school's plan one per booking (its class: that one).
 */
export const yearPlanItemSchema = z.object({
  sessionId: z.uuid(),
  /** Set in a school's plan, where an item is one booking; null in a company's. */
  bookingId: z.uuid().nullable(),
  offerId: z.uuid(),
  title: z.string(),
  type: z.enum(offerTypes),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  location: z.string().nullable(),
  companyName: z.string(),
  classes: z.array(yearPlanClassSchema),
  /**
   * Company plan: the offer's in-kind hours per session; school plan: the session's length.
   * A placement: its working days × hours per day (the supervision planned, the time away).
   */
  hours: z.number(),
  /** Set when the item is one placement (one item per placement, `classes` empty). */
  placement: yearPlanPlacementSchema.nullable(),
});
export type YearPlanItem = z.infer<typeof yearPlanItemSchema>;

export const yearPlanMonthSchema = z.object({
  /** `YYYY-MM` in Europe/Amsterdam; all twelve months of the school year, August first. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  items: z.array(yearPlanItemSchema),
  hours: z.number(),
});
export type YearPlanMonth = z.infer<typeof yearPlanMonthSchema>;

export const yearPlanSchema = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['company', 'school']) }),
  schoolYear: schoolYearSchema,
  months: z.array(yearPlanMonthSchema),
  totalHours: z.number(),
  totalItems: z.number().int(),
  /** Of `totalItems`, the placements (pupils' and teachers'). */
  totalPlacements: z.number().int(),
});
export type YearPlan = z.infer<typeof yearPlanSchema>;
