import { z } from 'zod';
import { companyActivityKinds } from '../relations/activity';
import { isoDateTime } from './common';

export const companyActivitySchema = z.object({
  kind: z.enum(companyActivityKinds),
  at: isoDateTime,
  title: z.string(),
  schoolName: z.string().nullable(),
  hours: z.number().nullable(),
  rating: z.number().int().nullable(),
});

export const relationshipHealthSchema = z.object({
  lastActivityAt: isoDateTime.nullable(),
  dormant: z.boolean(),
  trend: z.array(
    z.object({ schoolYear: z.string(), contributions: z.number().int(), hours: z.number() }),
  ),
  direction: z.enum(['rising', 'falling', 'steady']),
  openFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
  ambassador: z.boolean(),
});

/** A company's activity across the years with its relationship's health (the bureau's view). */
export const companyActivityListSchema = z.object({
  items: z.array(companyActivitySchema),
  health: relationshipHealthSchema,
});
export type CompanyActivityList = z.infer<typeof companyActivityListSchema>;
