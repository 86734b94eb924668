import { z } from 'zod';
import { roles } from '../roles';
import { languages } from '../vocabulary';
import { emailSchema, isoDateTime, shortText } from './common';

export const passwordSchema = z.string().min(12, 'at least 12 characters').max(200);

export const loginRequestSchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(200) })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const refreshRequestSchema = z
  .object({ refreshToken: z.string().min(20).max(200) })
  .strict();
export const logoutRequestSchema = refreshRequestSchema;

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresIn: z.number().int(),
  refreshToken: z.string(),
  refreshTokenExpiresAt: isoDateTime,
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  language: z.enum(languages),
  region: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  organisation: z
    .object({
      id: z.uuid(),
      name: z.string(),
      kind: z.enum(['company', 'school']),
      status: z.string(),
    })
    .nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const createInvitationSchema = z
  .object({
    email: emailSchema,
    role: z.enum(roles),
    organisationId: z.uuid().nullable().default(null),
  })
  .strict();
export type CreateInvitation = z.infer<typeof createInvitationSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(roles),
  organisationId: z.uuid().nullable(),
  expiresAt: isoDateTime,
  acceptedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export const invitationListSchema = z.object({ items: z.array(invitationSchema) });
export const createdInvitationSchema = invitationSchema.extend({
  /** Shown once; only its hash is stored. */
  token: z.string(),
  acceptUrl: z.string(),
});

export const invitationTokenParamsSchema = z
  .object({ token: z.string().min(20).max(200) })
  .strict();
export const acceptInvitationSchema = z
  .object({
    name: shortText(120),
    password: passwordSchema,
    language: z.enum(languages).default('nl'),
  })
  .strict();
export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;
export const acceptedInvitationSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  role: z.enum(roles),
  organisationId: z.uuid().nullable(),
});
