import { z } from 'zod';
import { recognitionCriteria } from '../relations/recognition';
import { isoDateTime } from './common';
import { schoolYearSchema } from './report';

export const recognitionQuerySchema = z
  .object({ schoolYear: schoolYearSchema.optional() })
  .strict();

export const awardParamsSchema = z.object({ schoolYear: schoolYearSchema }).strict();

const criterionKeys = recognitionCriteria.map((c) => c.key) as [
  (typeof recognitionCriteria)[number]['key'],
  ...(typeof recognitionCriteria)[number]['key'][],
];

/** The bureau's award of one school year: one company, with the words on its certificate. */
export const awardSchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  companyName: z.string(),
  schoolYear: z.string(),
  citation: z.string(),
  awardedAt: isoDateTime,
});
export type Award = z.infer<typeof awardSchema>;

export const awardInputSchema = z
  .object({
    companyId: z.uuid(),
    /** Why this company: printed on the certificate. */
    citation: z.string().trim().max(600).default(''),
  })
  .strict();
export type AwardInput = z.infer<typeof awardInputSchema>;

export const recognitionCandidateSchema = z.object({
  rank: z.number().int(),
  companyId: z.uuid(),
  companyName: z.string(),
  score: z.number(),
  shares: z.record(z.enum(criterionKeys), z.number()),
  heldSessions: z.number().int(),
  cancelledSessions: z.number().int(),
  placements: z.number().int(),
  inKindHours: z.number(),
  averageRating: z.number().nullable(),
  ratings: z.number().int(),
});

export const recognitionSchema = z.object({
  schoolYear: z.string(),
  criteria: z.array(z.object({ key: z.enum(criterionKeys), weight: z.number() })),
  candidates: z.array(recognitionCandidateSchema),
  award: awardSchema.nullable(),
});
export type Recognition = z.infer<typeof recognitionSchema>;

/** The awards a region made, newest first: the public catalogue shows the badge. */
export const publicAwardListSchema = z.object({
  items: z.array(
    awardSchema.pick({ id: true, companyId: true, companyName: true, schoolYear: true }),
  ),
});
