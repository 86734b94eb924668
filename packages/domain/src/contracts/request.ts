import { z } from 'zod';
import {
  partProposalStatuses,
  partStates,
  partsOfDay,
  requestLocations,
  requestStatuses,
  menuCardStatuses,
} from '../requests/vocabulary';
import { educationLevels, offerTypes, vmboProfiles } from '../vocabulary';
import { isoDate, isoDateTime, longText, shortText } from './common';
import { distanceFilters } from '../geography/distance';
import { schoolYearSchema } from './report';

/** What a school (or the bureau, for several schools) asks of companies (issue 15). */
export const createRequestSchema = z
  .object({
    type: z.enum(offerTypes),
    title: shortText(200),
    description: longText(3000).default(''),
    levels: z.array(z.enum(educationLevels)).max(educationLevels.length).default([]),
    schoolYears: z.array(z.number().int().min(1).max(6)).max(6).default([]),
    vmboProfiles: z.array(z.enum(vmboProfiles)).max(vmboProfiles.length).default([]),
    sectorTags: z.array(shortText(60)).max(10).default([]),
    /** The classes asked for; one part per class and occasion. The bureau may name several schools' classes. */
    classIds: z.array(z.uuid()).min(1).max(40),
    occasionsPerClass: z.number().int().min(1).max(20).default(1),
    /** Company time per occasion, in hours (e.g. 2 for "2 h per class"). */
    hoursPerOccasion: z.number().positive().max(40),
    periodFrom: isoDate,
    periodUntil: isoDate,
    /** ISO weekdays, 1 = Monday … 5 = Friday. */
    weekdays: z.array(z.number().int().min(1).max(5)).min(1).max(5),
    partOfDay: z.enum(partsOfDay),
    location: z.enum(requestLocations),
    schoolProvides: longText(1000).default(''),
    signUpDeadline: isoDate,
    notes: longText(2000).default(''),
  })
  .strict();
export type CreateRequest = z.infer<typeof createRequestSchema>;

export const requestListQuerySchema = z
  .object({
    schoolYear: schoolYearSchema.optional(),
    status: z.enum(requestStatuses).optional(),
    /** For companies: only requests that fit the company's sectors. */
    fitting: z.enum(['true', 'false']).optional(),
    /** For companies: only requests with an asking school within this many km of them. */
    maxKm: distanceFilters.maxKm,
    /** For companies: the nearest asking school first. */
    sort: z.enum(['distance']).optional(),
  })
  .strict();
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;

export const mergeRequestsSchema = z
  .object({ requestIds: z.array(z.uuid()).min(1).max(20) })
  .strict();
export const reasonSchema = z.object({ reason: shortText(500) }).strict();

const proposalView = z.object({
  id: z.uuid(),
  signUpId: z.uuid(),
  companyId: z.uuid(),
  companyName: z.string(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  status: z.enum(partProposalStatuses),
  declineReason: z.string().nullable(),
  sessionId: z.uuid().nullable(),
  bookingId: z.uuid().nullable(),
});
export type PartProposalView = z.infer<typeof proposalView>;

/** One occasion for one class. School and class names are null on the public menu card. */
export const requestPartSchema = z.object({
  id: z.uuid(),
  schoolId: z.uuid().nullable(),
  schoolName: z.string().nullable(),
  className: z.string().nullable(),
  pupils: z.number().int(),
  occasion: z.number().int(),
  state: z.enum(partStates),
  /** The live proposal (proposed or accepted); null while the part is open or on the public card. */
  proposal: proposalView.nullable(),
});

export const fillSchema = z.object({
  asked: z.number().int(),
  proposed: z.number().int(),
  accepted: z.number().int(),
  open: z.number().int(),
  rate: z.number(),
});

export const requestSchema = z.object({
  id: z.uuid(),
  menuCardId: z.uuid(),
  schoolYear: z.string(),
  status: z.enum(requestStatuses),
  mergedInto: z.uuid().nullable(),
  type: z.enum(offerTypes),
  title: z.string(),
  description: z.string(),
  levels: z.array(z.enum(educationLevels)),
  schoolYears: z.array(z.number().int()),
  vmboProfiles: z.array(z.enum(vmboProfiles)),
  sectorTags: z.array(z.string()),
  hoursPerOccasion: z.number(),
  occasionsPerClass: z.number().int(),
  periodFrom: isoDate,
  periodUntil: isoDate,
  weekdays: z.array(z.number().int()),
  partOfDay: z.enum(partsOfDay),
  location: z.enum(requestLocations),
  schoolProvides: z.string(),
  signUpDeadline: isoDate,
  notes: z.string(),
  /** Null when the bureau asked for several schools, and on the public card. */
  schoolName: z.string().nullable(),
  classes: z.number().int(),
  pupils: z.number().int(),
  hoursAsked: z.number(),
  parts: z.array(requestPartSchema),
  fill: fillSchema,
  /** For a company: straight-line km from it to the nearest asking school; else null. */
  distanceKm: z.number().nullable(),
  createdAt: isoDateTime,
});
export type RequestView = z.infer<typeof requestSchema>;
export const requestListSchema = z.object({ items: z.array(requestSchema) });

export const createMenuCardSchema = z
  .object({ schoolYear: schoolYearSchema, title: shortText(200).optional() })
  .strict();
export const menuCardQuerySchema = z.object({ schoolYear: schoolYearSchema.optional() }).strict();

export const menuCardSchema = z.object({
  id: z.uuid(),
  schoolYear: z.string(),
  title: z.string(),
  status: z.enum(menuCardStatuses),
  publishedAt: isoDateTime.nullable(),
  requests: z.array(requestSchema),
  fill: fillSchema,
});
export type MenuCardView = z.infer<typeof menuCardSchema>;
export const menuCardListSchema = z.object({ items: z.array(menuCardSchema) });

export const publicMenuCardParamsSchema = z
  .object({ region: z.string().min(1).max(100), schoolYear: schoolYearSchema })
  .strict();

/** A company signs up for some or all open parts, with a proposed moment for each. */
export const createSignUpSchema = z
  .object({
    parts: z
      .array(
        z
          .object({ partId: z.uuid(), startsAt: isoDateTime, endsAt: isoDateTime })
          .strict()
          .refine((value) => Date.parse(value.endsAt) > Date.parse(value.startsAt), {
            path: ['endsAt'],
            message: 'must be after startsAt',
          }),
      )
      .min(1)
      .max(60),
    /** For a request "at school or at the company": where this company will do it. */
    locationKind: z.enum(['at_company', 'at_school']).optional(),
    contactName: shortText(120),
    contactEmail: z.email().max(254),
    contactPhone: shortText(40).optional(),
    note: longText(1000).default(''),
  })
  .strict();
export type CreateSignUp = z.infer<typeof createSignUpSchema>;

export const signUpSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  requestTitle: z.string(),
  companyId: z.uuid(),
  companyName: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  locationKind: z.enum(['at_company', 'at_school']),
  note: z.string(),
  status: z.enum(['active', 'withdrawn']),
  offerId: z.uuid().nullable(),
  proposals: z.array(
    proposalView.extend({
      partId: z.uuid(),
      schoolId: z.uuid(),
      schoolName: z.string(),
      className: z.string(),
    }),
  ),
  createdAt: isoDateTime,
});
export type SignUpView = z.infer<typeof signUpSchema>;
export const signUpListSchema = z.object({ items: z.array(signUpSchema) });
export const signUpListQuerySchema = z
  .object({
    requestId: z.uuid().optional(),
    status: z.enum(partProposalStatuses).optional(),
  })
  .strict();
