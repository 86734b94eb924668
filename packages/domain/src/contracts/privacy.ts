import { z } from 'zod';
import { isoDateTime } from './common';

/**
 * AVG/GDPR: what the bureau can hand over (export) or erase for one organisation. Only adults'
 * data exists (users, contacts, accompanying teachers' names); no student data is ever stored.
 */
const personSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  status: z.string(),
  language: z.string(),
  createdAt: isoDateTime,
});

export const personalDataExportSchema = z.object({
  organisation: z.object({
    id: z.uuid(),
    name: z.string(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    website: z.string().nullable(),
  }),
  users: z.array(personSchema),
  invitations: z.array(
    z.object({
      id: z.uuid(),
      email: z.string(),
      role: z.string(),
      createdAt: isoDateTime,
      acceptedAt: isoDateTime.nullable(),
    }),
  ),
  offerContacts: z.array(
    z.object({
      offerId: z.uuid(),
      title: z.string(),
      contactName: z.string(),
      contactEmail: z.string(),
      contactPhone: z.string().nullable(),
    }),
  ),
  bookingTeachers: z.array(z.object({ bookingId: z.uuid(), teachers: z.array(z.string()) })),
  exportedAt: isoDateTime,
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;

export const erasePersonalDataSchema = z
  .object({ reason: z.string().trim().min(3).max(500) })
  .strict();
export type ErasePersonalData = z.infer<typeof erasePersonalDataSchema>;

export const erasureResultSchema = z.object({
  organisationId: z.uuid(),
  usersAnonymised: z.number().int(),
  refreshTokensRevoked: z.number().int(),
  feedsRevoked: z.number().int(),
  invitationsCleared: z.number().int(),
  offersCleared: z.number().int(),
  bookingsCleared: z.number().int(),
  erasedAt: isoDateTime,
});
export type ErasureResult = z.infer<typeof erasureResultSchema>;
