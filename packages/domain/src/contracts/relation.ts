import { z } from 'zod';
import { followUpStatuses } from '../relations/followUps';
import { contactMomentKinds } from '../relations/vocabulary';
import { roles } from '../roles';
import { emailSchema, isoDate, isoDateTime, longText, shortText } from './common';

/**
 * Relationship management (issue 17): contacts at organisations, a company's managers,
 * contact moments, follow-ups (actiepunten) and ambassadors. Contacts are adult
 * professionals, never pupils.
 */

const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+0-9 ()-]*$/, 'digits, spaces, +, - and brackets only');

/** Empty strings from a form count as "not given". */
const optionalText = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === '' ? null : value), schema.nullable().optional());

export const createContactSchema = z
  .object({
    name: shortText(200),
    jobTitle: longText(200).optional(),
    email: optionalText(emailSchema),
    phone: optionalText(phoneSchema),
    isPrimary: z.boolean().optional(),
  })
  .strict();
export type CreateContact = z.infer<typeof createContactSchema>;

export const updateContactSchema = createContactSchema
  .partial()
  .strict()
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: 'nothing to change',
  });
export type UpdateContact = z.infer<typeof updateContactSchema>;

export const contactSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  jobTitle: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isPrimary: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Contact = z.infer<typeof contactSchema>;

export const contactListSchema = z.object({ items: z.array(contactSchema) });

/** A person who can manage a company or own a follow-up: bureau staff or a coordinator. */
export const relationPersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(roles),
  schoolId: z.uuid().nullable(),
  schoolName: z.string().nullable(),
});
export type RelationPerson = z.infer<typeof relationPersonSchema>;

export const setManagerSchema = z
  .object({ schoolId: z.uuid().nullable(), userId: z.uuid() })
  .strict();
export type SetManager = z.infer<typeof setManagerSchema>;

/** Without `schoolId`: the bureau-wide manager. */
export const removeManagerQuerySchema = z.object({ schoolId: z.uuid().optional() }).strict();

export const managerSchema = z.object({
  schoolId: z.uuid().nullable(),
  schoolName: z.string().nullable(),
  userId: z.uuid(),
  userName: z.string(),
});
export type Manager = z.infer<typeof managerSchema>;

export const createContactMomentSchema = z
  .object({
    kind: z.enum(contactMomentKinds),
    occurredAt: isoDateTime,
    notes: longText(5000).optional(),
    contactId: z.uuid().nullable().optional(),
  })
  .strict();
export type CreateContactMoment = z.infer<typeof createContactMomentSchema>;

export const contactMomentSchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  kind: z.enum(contactMomentKinds),
  occurredAt: isoDateTime,
  notes: z.string(),
  contactId: z.uuid().nullable(),
  contactName: z.string().nullable(),
  schoolId: z.uuid().nullable(),
  schoolName: z.string().nullable(),
  authorName: z.string().nullable(),
});
export type ContactMoment = z.infer<typeof contactMomentSchema>;

export const contactMomentListSchema = z.object({ items: z.array(contactMomentSchema) });

export const createFollowUpSchema = z
  .object({
    description: shortText(2000),
    dueOn: isoDate,
    ownerId: z.uuid(),
    momentId: z.uuid().nullable().optional(),
  })
  .strict();
export type CreateFollowUp = z.infer<typeof createFollowUpSchema>;

export const updateFollowUpSchema = z
  .object({
    done: z.boolean().optional(),
    dueOn: isoDate.optional(),
    description: shortText(2000).optional(),
    ownerId: z.uuid().optional(),
  })
  .strict()
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: 'nothing to change',
  });
export type UpdateFollowUp = z.infer<typeof updateFollowUpSchema>;

export const followUpSchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  companyName: z.string(),
  momentId: z.uuid().nullable(),
  description: z.string(),
  dueOn: isoDate,
  ownerId: z.uuid(),
  ownerName: z.string(),
  schoolId: z.uuid().nullable(),
  status: z.enum(followUpStatuses),
  doneAt: isoDateTime.nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpListSchema = z.object({ items: z.array(followUpSchema) });

export const myFollowUpsQuerySchema = z
  .object({ status: z.enum(['open', 'done']).default('open') })
  .strict();

export const setAmbassadorSchema = z
  .object({ ambassador: z.boolean(), note: longText(1000).optional() })
  .strict();
export type SetAmbassador = z.infer<typeof setAmbassadorSchema>;

export const ambassadorSchema = z.object({ note: z.string(), since: isoDateTime });

/** Everything about one company's relationship, as the reader may see it. */
export const relationshipSchema = z.object({
  company: z.object({ id: z.uuid(), name: z.string() }),
  contacts: z.array(contactSchema),
  managers: z.array(managerSchema),
  ambassador: ambassadorSchema.nullable(),
  openFollowUps: z.array(followUpSchema),
  latestMoments: z.array(contactMomentSchema),
  /** Who may be set as a manager or a follow-up's owner by this reader. */
  people: z.array(relationPersonSchema),
});
export type Relationship = z.infer<typeof relationshipSchema>;

/** An access request for one contact: the person and every moment that names them. */
export const contactExportSchema = z.object({
  contact: contactSchema,
  moments: z.array(contactMomentSchema),
  exportedAt: isoDateTime,
});
export type ContactExport = z.infer<typeof contactExportSchema>;
