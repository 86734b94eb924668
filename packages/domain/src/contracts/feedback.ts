import { z } from 'zod';
import { isoDateTime, longText } from './common';

/** Who gives feedback on a booking: the school about the activity, the company about the visit. */
export const feedbackParties = ['school', 'company'] as const;
export type FeedbackParty = (typeof feedbackParties)[number];

export const giveFeedbackSchema = z
  .object({
    rating: z.number().int().min(1).max(5),
    comment: longText(2000).default(''),
  })
  .strict();
export type GiveFeedback = z.infer<typeof giveFeedbackSchema>;

export const feedbackSchema = z.object({
  id: z.uuid(),
  bookingId: z.uuid(),
  offerId: z.uuid(),
  offerTitle: z.string(),
  sessionStartsAt: isoDateTime,
  party: z.enum(feedbackParties),
  organisationId: z.uuid(),
  organisationName: z.string(),
  rating: z.number().int(),
  comment: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const feedbackListQuerySchema = z
  .object({
    bookingId: z.uuid().optional(),
    offerId: z.uuid().optional(),
    companyId: z.uuid().optional(),
    schoolId: z.uuid().optional(),
    party: z.enum(feedbackParties).optional(),
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type FeedbackListQuery = z.infer<typeof feedbackListQuerySchema>;
export const feedbackListSchema = z.object({ items: z.array(feedbackSchema), total: z.number() });
