import { z } from 'zod';
import { fulfilmentStatuses } from '../relations/fulfilment';
import { agreementMeasures } from '../relations/vocabulary';
import { schoolYearSchema } from './report';

/** A company's agreements per school year (issue 17): the commitments and their live fulfilment. */

export const agreementItemSchema = z
  .object({
    measure: z.enum(agreementMeasures),
    quantity: z.number().int().min(1).max(100_000),
  })
  .strict();

/** PUT body: the whole agreement of a year (its items replace the earlier ones). */
export const putAgreementSchema = z
  .object({
    items: z
      .array(agreementItemSchema)
      .min(1)
      .max(agreementMeasures.length)
      .refine((items) => new Set(items.map((item) => item.measure)).size === items.length, {
        message: 'each measure at most once',
      }),
    notes: z.string().trim().max(2000).default(''),
  })
  .strict();
export type PutAgreement = z.infer<typeof putAgreementSchema>;

export const companyYearParamsSchema = z
  .object({ id: z.uuid(), schoolYear: schoolYearSchema })
  .strict();
export const schoolYearQuerySchema = z.object({ schoolYear: schoolYearSchema.optional() }).strict();

export const itemFulfilmentSchema = z.object({
  measure: z.enum(agreementMeasures),
  committed: z.number(),
  done: z.number(),
  share: z.number(),
  status: z.enum(fulfilmentStatuses),
});

export const agreementSchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  companyName: z.string(),
  schoolYear: z.string(),
  notes: z.string(),
  status: z.enum(fulfilmentStatuses),
  items: z.array(itemFulfilmentSchema),
  updatedAt: z.string(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementListSchema = z.object({
  schoolYear: z.string().nullable(),
  items: z.array(agreementSchema),
});

export const shortfallListSchema = z.object({
  schoolYear: z.string(),
  /** From 1 May of the year; before that the list is empty. */
  from: z.string(),
  items: z.array(itemFulfilmentSchema.extend({ companyId: z.uuid(), companyName: z.string() })),
});
export type ShortfallList = z.infer<typeof shortfallListSchema>;
