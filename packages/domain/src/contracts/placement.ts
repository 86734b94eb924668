import { z } from 'zod';
import { participantKinds, placeOfferTypes, placementStatuses } from '../placements/vocabulary';
import { educationLevels, vmboProfiles } from '../vocabulary';
import { emailSchema, isoDate, isoDateTime, longText, postcodeSchema, shortText } from './common';
import { checkDistanceQuery, distanceFilters } from '../geography/distance';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 08:30');
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, 'a phone number');

/** A company's internship place for one period (issue 16): e.g. 2 places, weeks 10–13, Mon–Thu. */
export const createPlaceSchema = z
  .object({
    type: z.enum(placeOfferTypes),
    title: shortText(200),
    description: longText(3000).default(''),
    levels: z.array(z.enum(educationLevels)).max(educationLevels.length).default([]),
    schoolYears: z.array(z.number().int().min(1).max(6)).max(6).default([]),
    vmboProfiles: z.array(z.enum(vmboProfiles)).max(vmboProfiles.length).default([]),
    sectorTags: z.array(shortText(60)).max(10).default([]),
    /** The workplace. */
    street: shortText(200),
    postcode: postcodeSchema,
    city: shortText(100),
    startsOn: isoDate,
    endsOn: isoDate,
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    dayStarts: clockTime,
    dayEnds: clockTime,
    /** Pupils (or teachers) this period takes. */
    places: z.number().int().min(1).max(50),
    supervisor: z
      .object({ name: shortText(120), email: emailSchema, phone: phone.nullable().default(null) })
      .strict(),
    whatToBring: longText(2000).default(''),
  })
  .strict();
export type CreatePlace = z.infer<typeof createPlaceSchema>;

export const placeListQuerySchema = z
  .object({
    companyId: z.uuid().optional(),
    type: z.enum(placeOfferTypes).optional(),
    level: z.enum(educationLevels).optional(),
    /** Only places whose period has not ended on this day (default: today). */
    from: isoDate.optional(),
    ...distanceFilters,
  })
  .strict()
  .superRefine(checkDistanceQuery);
export type PlaceListQuery = z.infer<typeof placeListQuerySchema>;

export const placeSchema = z.object({
  id: z.uuid(),
  offerId: z.uuid(),
  sessionId: z.uuid(),
  companyId: z.uuid(),
  companyName: z.string(),
  type: z.enum(placeOfferTypes),
  title: z.string(),
  description: z.string(),
  levels: z.array(z.enum(educationLevels)),
  schoolYears: z.array(z.number().int()),
  vmboProfiles: z.array(z.enum(vmboProfiles)),
  sectorTags: z.array(z.string()),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  startsOn: isoDate,
  endsOn: isoDate,
  weekdays: z.array(z.number().int()),
  dayStarts: z.string(),
  dayEnds: z.string(),
  places: z.number().int(),
  /** Places held by a proposed or accepted placement. */
  taken: z.number().int(),
  free: z.number().int(),
  supervisor: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  whatToBring: z.string(),
  cancelled: z.boolean(),
  /** Straight-line km from the search's origin (`near`/`nearPostcode`), else null. */
  distanceKm: z.number().nullable(),
});
export type Place = z.infer<typeof placeSchema>;
export const placeListSchema = z.object({ items: z.array(placeSchema) });

/**
 * A pupil registered for placements: exactly the data an agreement needs (issue 16) and no
 * other field — an unknown one (a birth date, an address) is refused with 422 naming it.
 * Level, profile and year default to the class's.
 */
export const createPupilSchema = z
  .object({
    firstName: shortText(80),
    surname: shortText(120),
    classId: z.uuid(),
    educationLevel: z.enum(educationLevels).optional(),
    vmboProfile: z.enum(vmboProfiles).nullable().optional(),
    schoolYear: z.number().int().min(1).max(6).optional(),
    isMinor: z.boolean(),
    guardianEmail: emailSchema.nullable().default(null),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.isMinor && !value.guardianEmail)
      ctx.addIssue({
        code: 'custom',
        path: ['guardianEmail'],
        message: 'a minor needs a guardian e-mail for signing',
      });
  });
export type CreatePupil = z.infer<typeof createPupilSchema>;

export const pupilListQuerySchema = z
  .object({ schoolId: z.uuid().optional(), classId: z.uuid().optional() })
  .strict();

/**
 * A participant as its reader may see it: names, class and the guardian's e-mail only for the
 * school (and the host company from acceptance, without the guardian); the bureau and other
 * readers get the pseudonym. Erased participants keep only the pseudonym.
 */
export const participantSchema = z.object({
  id: z.uuid(),
  kind: z.enum(participantKinds),
  pseudonym: z.string(),
  firstName: z.string().nullable(),
  surname: z.string().nullable(),
  classId: z.uuid().nullable(),
  className: z.string().nullable(),
  educationLevel: z.enum(educationLevels).nullable(),
  vmboProfile: z.string().nullable(),
  schoolYear: z.number().int().nullable(),
  isMinor: z.boolean(),
  guardianEmail: z.string().nullable(),
  erased: z.boolean(),
});
export type Participant = z.infer<typeof participantSchema>;
export const participantListSchema = z.object({ items: z.array(participantSchema) });

/** Everything the school holds on one pupil, for an access request (AVG art. 15). */
export const pupilExportSchema = z.object({
  participant: participantSchema,
  placements: z.array(z.lazy(() => placementSchema)),
});

export const proposePlacementSchema = z
  .object({ placeId: z.uuid(), participantId: z.uuid() })
  .strict();
/** A teacher places themself (docentenstage): no class, an adult participant. */
export const selfPlacementSchema = z.object({ placeId: z.uuid() }).strict();
export const placementDeclineSchema = z.object({ reason: shortText(500) }).strict();

export const placementListQuerySchema = z
  .object({
    placeId: z.uuid().optional(),
    participantId: z.uuid().optional(),
    status: z.enum(placementStatuses).optional(),
    /** `true`: only the caller's own placements (a teacher's docentenstage). */
    mine: z.enum(['true', 'false']).optional(),
  })
  .strict();

const signatureView = z.object({
  party: z.string(),
  signed: z.boolean(),
  signedAt: isoDateTime.nullable(),
  /** The typed name: only for the school and the host company. */
  typedName: z.string().nullable(),
});

export const placementSchema = z.object({
  id: z.uuid(),
  status: z.enum(placementStatuses),
  /** The status as a reader means it: `running` for a signed placement under way. */
  phase: z.enum([...placementStatuses, 'running']),
  bookingId: z.uuid(),
  place: z.object({
    id: z.uuid(),
    title: z.string(),
    type: z.enum(placeOfferTypes),
    companyId: z.uuid(),
    companyName: z.string(),
    city: z.string().nullable(),
  }),
  schoolId: z.uuid(),
  schoolName: z.string().nullable(),
  participant: participantSchema,
  startsOn: isoDate,
  endsOn: isoDate,
  declineReason: z.string().nullable(),
  roundId: z.uuid().nullable(),
  preferenceRank: z.number().int().nullable(),
  agreementHash: z.string().nullable(),
  signatures: z.array(signatureView),
  /** Confirmed supervision hours so far (in-kind contribution). */
  confirmedHours: z.number(),
  createdAt: isoDateTime,
});
export type PlacementView = z.infer<typeof placementSchema>;
export const placementListSchema = z.object({ items: z.array(placementSchema) });
