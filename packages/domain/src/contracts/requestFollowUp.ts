import { z } from 'zod';
import { offerTypes } from '../vocabulary';
import { isoDate } from './common';
import { schoolYearSchema } from './report';
import { fillSchema } from './request';

/** The demand side's follow-up (issue 15): fill rates, demand by week, week suggestions. */
export const requestYearQuerySchema = z.object({ schoolYear: schoolYearSchema }).strict();

const fillRow = { fill: fillSchema };

/**
 * How far the asks of a school year are filled, per request, per menu card and per school.
 * A school's answer counts only its own parts (and lists only its own school row).
 */
export const fillReportSchema = z.object({
  schoolYear: z.string(),
  requests: z.array(
    z.object({
      requestId: z.uuid(),
      title: z.string(),
      menuCardId: z.uuid(),
      /** Null when the bureau asked for several schools. */
      schoolId: z.uuid().nullable(),
      signUpDeadline: isoDate,
      ...fillRow,
    }),
  ),
  menuCards: z.array(z.object({ menuCardId: z.uuid(), title: z.string(), ...fillRow })),
  schools: z.array(z.object({ schoolId: z.uuid(), schoolName: z.string(), ...fillRow })),
});
export type FillReport = z.infer<typeof fillReportSchema>;

const week = {
  /** ISO week, `2027-W06`. */
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  /** Its Monday. */
  from: isoDate,
};

export const demandByWeekSchema = z.object({
  schoolYear: z.string(),
  /** Free seats are read as classes of this many pupils. */
  seatsPerClass: z.number().int(),
  items: z.array(
    z.object({
      ...week,
      type: z.enum(offerTypes),
      /** Classes asked; a request's parts are spread evenly over its weeks. */
      asked: z.number(),
      /** Classes the free seats of scheduled, published sessions could still take. */
      offered: z.number(),
    }),
  ),
});
export type DemandByWeek = z.infer<typeof demandByWeekSchema>;

/** `sectorTags=a,b` or `sectorTags=a&sectorTags=b`. */
const tagList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((tags) => tags.split(','))
      .map((tag) => tag.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(60)).max(10));

export const weekSuggestionsQuerySchema = z
  .object({
    type: z.enum(offerTypes),
    periodFrom: isoDate,
    periodUntil: isoDate,
    sectorTags: tagList.optional(),
    /** The classes the new ask adds (default 1). */
    parts: z.coerce.number().int().min(1).max(400).optional(),
  })
  .strict()
  .refine((query) => query.periodUntil >= query.periodFrom, {
    path: ['periodUntil'],
    message: 'must not be before periodFrom',
  });

export const weekSuggestionsSchema = z.object({
  overbooked: z.boolean(),
  weeks: z.array(z.object({ ...week, room: z.number() })),
});
export type WeekSuggestionsView = z.infer<typeof weekSuggestionsSchema>;
