import { z } from 'zod';
import { locationProblems } from '../offerLifecycle';
import {
  bookingModes,
  offerBookingModes,
  educationLevels,
  locationKinds,
  offerStatuses,
  offerTypes,
  promotionModes,
  vmboProfiles,
} from '../vocabulary';
import { emailSchema, isoDate, isoDateTime, longText, postcodeSchema, shortText } from './common';
import { sessionSchema } from './session';

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'local time like 09:30');

/** When an on-request offer's company is available, and its quota for that period. */
export const availabilitySchema = z
  .object({
    quota: z.number().int().min(1).max(1000),
    from: isoDate,
    until: isoDate,
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    timeWindows: z
      .array(z.object({ start: localTime, end: localTime }).strict())
      .min(1)
      .max(10),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.until < value.from)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'must not be before from' });
    value.timeWindows.forEach((window, index) => {
      if (window.end <= window.start)
        ctx.addIssue({
          code: 'custom',
          path: ['timeWindows', index, 'end'],
          message: 'must be after start',
        });
    });
  });
export type AvailabilityInput = z.infer<typeof availabilitySchema>;

const phone = z
  .string()
  .trim()
  .regex(/^[+0-9 ()-]{6,20}$/, 'phone number');

/** Every field a company fills in; status, region and organisation never come from a body. */
const offerFields = {
  type: z.enum(offerTypes),
  title: shortText(160),
  description: longText(5000),
  levels: z.array(z.enum(educationLevels)).max(educationLevels.length),
  schoolYears: z.array(z.number().int().min(1).max(6)).max(6),
  vmboProfiles: z.array(z.enum(vmboProfiles)).max(vmboProfiles.length),
  sectorTags: z.array(shortText(60)).max(20),
  locationKind: z.enum(locationKinds),
  street: shortText(160).nullable(),
  postcode: postcodeSchema.nullable(),
  city: shortText(100).nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 200),
  requirements: longText(2000),
  minimumAge: z.number().int().min(4).max(99).nullable(),
  contactName: shortText(120),
  contactEmail: emailSchema,
  contactPhone: phone.nullable(),
  bookingMode: z.enum(offerBookingModes),
  requiresApproval: z.boolean(),
  defaultSeats: z.number().int().min(1).max(1000),
  capPerSchoolPerSession: z.number().int().min(1).max(1000).nullable(),
  capPerSchoolPerOffer: z.number().int().min(1).max(10000).nullable(),
  opensAt: isoDateTime.nullable(),
  cancellationDeadlineHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 90),
  inKindHoursPerSession: z.number().min(0).max(1000),
  promotionMode: z.enum(promotionModes).nullable(),
  waitlistEnabled: z.boolean(),
  availability: availabilitySchema.nullable(),
};

const withLocationRule = <T extends { locationKind?: (typeof locationKinds)[number] }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (!value.locationKind) return;
  for (const problem of locationProblems(value as Parameters<typeof locationProblems>[0]))
    ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
};

export const createOfferSchema = z
  .object({
    ...offerFields,
    description: offerFields.description.default(''),
    levels: offerFields.levels.default([]),
    schoolYears: offerFields.schoolYears.default([]),
    vmboProfiles: offerFields.vmboProfiles.default([]),
    sectorTags: offerFields.sectorTags.default([]),
    street: offerFields.street.default(null),
    postcode: offerFields.postcode.default(null),
    city: offerFields.city.default(null),
    latitude: offerFields.latitude.default(null),
    longitude: offerFields.longitude.default(null),
    requirements: offerFields.requirements.default(''),
    minimumAge: offerFields.minimumAge.default(null),
    contactPhone: offerFields.contactPhone.default(null),
    requiresApproval: offerFields.requiresApproval.default(false),
    capPerSchoolPerSession: offerFields.capPerSchoolPerSession.default(null),
    capPerSchoolPerOffer: offerFields.capPerSchoolPerOffer.default(null),
    opensAt: offerFields.opensAt.default(null),
    cancellationDeadlineHours: offerFields.cancellationDeadlineHours.default(48),
    inKindHoursPerSession: offerFields.inKindHoursPerSession.default(0),
    promotionMode: offerFields.promotionMode.default(null),
    waitlistEnabled: offerFields.waitlistEnabled.default(true),
    availability: offerFields.availability.default(null),
  })
  .strict()
  .superRefine(withLocationRule);
export type CreateOffer = z.infer<typeof createOfferSchema>;

/** A partial edit; the address rule is checked against the merged offer by the service. */
export const updateOfferSchema = z
  .object(offerFields)
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');
export type UpdateOffer = z.infer<typeof updateOfferSchema>;

/** `?companyId=` lets bureau staff create an offer on a company's behalf (never a body field). */
export const createOfferQuerySchema = z.object({ companyId: z.uuid().optional() }).strict();

export const offerSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  companyName: z.string(),
  status: z.enum(offerStatuses),
  ...offerFields,
  // A place's offer reads like any other (GET /offers/{id}); only its own form cannot make one.
  bookingMode: z.enum(bookingModes),
  description: z.string(),
  requirements: z.string(),
  contactEmail: z.string(),
  postcode: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Offer = z.infer<typeof offerSchema>;

/** An offer with its sessions (others see only upcoming scheduled sessions open to them). */
export const offerDetailSchema = offerSchema.extend({ sessions: z.array(sessionSchema) });
