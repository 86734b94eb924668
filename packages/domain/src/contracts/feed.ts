import { z } from 'zod';
import { feedScopes } from '../vocabulary';
import { isoDateTime } from './common';

/** `POST /feeds`: a feed for one scope; `id` is the school, class, company, offer or region. */
export const createFeedSchema = z.object({ scope: z.enum(feedScopes), id: z.uuid() }).strict();
export type CreateFeed = z.infer<typeof createFeedSchema>;

/** The secret URL is shown once, at creation or rotation: only its hash is stored. */
export const issuedFeedSchema = z.object({ id: z.uuid(), url: z.url() });
export type IssuedFeed = z.infer<typeof issuedFeedSchema>;

export const feedSchema = z.object({
  id: z.uuid(),
  scope: z.enum(feedScopes),
  scopeId: z.uuid(),
  createdAt: isoDateTime,
});
export type Feed = z.infer<typeof feedSchema>;
export const feedListSchema = z.object({ items: z.array(feedSchema) });

/** Path parameters of the iCal endpoints; a malformed value is answered like an unknown one. */
export const feedTokenParamsSchema = z.object({ token: z.string().max(200) }).strict();
export const publicCalendarParamsSchema = z.object({ regionSlug: z.string().max(100) }).strict();

/** The body of an iCalendar response (RFC 5545), documented as text. */
export const icalendarBodySchema = z.string().describe('text/calendar; charset=utf-8');
