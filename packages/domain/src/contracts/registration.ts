import { z } from 'zod';
import { languages } from '../vocabulary';
import { emailSchema, isoDateTime, postcodeSchema, shortText } from './common';
import { kvkSchema, organisationSchema } from './organisation';

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^[+0-9 ()-]{6,20}$/, 'phone number like 0592 123456 or +31 592 123456');

/**
 * A company's self-registration (issue 21), sent by anyone from the public sign-up form: the
 * company, its address, its sectors (codes from the region's taxonomy) and the contact person
 * who becomes its first admin once the bureau approves.
 */
export const companyRegistrationSchema = z
  .object({
    companyName: shortText(160),
    kvkNumber: kvkSchema,
    street: shortText(160),
    postcode: postcodeSchema,
    city: shortText(100),
    sectorTags: z.array(shortText(60)).max(20).default([]),
    contactName: shortText(120),
    contactEmail: emailSchema,
    contactPhone: phoneSchema,
    /** The language of the e-mails to the contact person. */
    language: z.enum(languages).default('nl'),
  })
  .strict();
export type CompanyRegistration = z.infer<typeof companyRegistrationSchema>;

/** What the public form learns: that it arrived, nothing about the region's other companies. */
export const registrationReceivedSchema = z.object({
  id: z.uuid(),
  status: z.literal('pending'),
});

export const registrationStatuses = ['pending', 'approved', 'rejected'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const possibleDuplicateSchema = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  city: z.string().nullable(),
  status: organisationSchema.shape.status,
  reason: z.enum(['same_name', 'similar_name']),
  similarity: z.number(),
});

/** A registration as the bureau reviews it, with the companies it may duplicate. */
export const registrationSchema = z.object({
  id: z.uuid(),
  status: z.enum(registrationStatuses),
  organisation: organisationSchema,
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  rejectionReason: z.string().nullable(),
  createdAt: isoDateTime,
  decidedAt: isoDateTime.nullable(),
  possibleDuplicates: z.array(possibleDuplicateSchema),
});
export type Registration = z.infer<typeof registrationSchema>;

export const registrationListSchema = z.object({ items: z.array(registrationSchema) });
export const registrationListQuerySchema = z
  .object({ status: z.enum(registrationStatuses).optional() })
  .strict();

/** The applicant reads the reason in an e-mail: say what to do differently. */
export const rejectRegistrationSchema = z
  .object({ reason: z.string().trim().min(3).max(500) })
  .strict();

/** The sectors a visitor may pick on the sign-up form. */
export const publicSectorListSchema = z.object({
  items: z.array(z.object({ code: z.string(), label: z.string() })),
});
