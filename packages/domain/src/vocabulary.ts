/** The product's closed vocabularies (architecture §3–§4). Open ones (sector tags) are region data. */
export const offerTypes = [
  'internship',
  'job_shadow',
  'company_visit',
  'guest_lesson',
  'masterclass',
  'teacher_internship',
  'assignment',
  'workshop',
] as const;
export type OfferType = (typeof offerTypes)[number];

/** The offer types' names, as a list, a calendar or an export shows them. */
export const offerTypeLabels: Record<OfferType, { nl: string; en: string }> = {
  internship: { nl: 'Stage', en: 'Internship' },
  job_shadow: { nl: 'Snuffelstage', en: 'Job shadowing' },
  company_visit: { nl: 'Bedrijfsbezoek', en: 'Company visit' },
  guest_lesson: { nl: 'Gastles', en: 'Guest lesson' },
  masterclass: { nl: 'Masterclass', en: 'Masterclass' },
  teacher_internship: { nl: 'Docentenstage', en: 'Teacher internship' },
  assignment: { nl: 'Praktijkopdracht', en: 'Assignment' },
  workshop: { nl: 'Workshop', en: 'Workshop' },
};

/** `arranged`: made for one accepted sign-up; its sessions belong to one school, not the catalogue. */
export const offerStatuses = ['draft', 'published', 'archived', 'arranged'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** `placement`: an internship place, booked one participant at a time (issue 16). */
export const bookingModes = ['fixed_sessions', 'on_request', 'placement'] as const;
export type BookingMode = (typeof bookingModes)[number];
/** What an offer's own form may choose: a `placement` offer is made only with its place. */
export const offerBookingModes = ['fixed_sessions', 'on_request'] as const;

export const locationKinds = ['at_company', 'at_school', 'online'] as const;
export type LocationKind = (typeof locationKinds)[number];

export const educationLevels = [
  'po',
  'vmbo-bb',
  'vmbo-kb',
  'vmbo-gl',
  'vmbo-tl',
  'havo',
  'vwo',
  'mbo-1',
  'mbo-2',
  'mbo-3',
  'mbo-4',
  'hbo',
] as const;
export type EducationLevel = (typeof educationLevels)[number];

export const vmboProfiles = ['BWI', 'PIE', 'MVI', 'M&T', 'MaT', 'Groen'] as const;
export type VmboProfile = (typeof vmboProfiles)[number];

export const holidayRegions = ['noord', 'midden', 'zuid'] as const;
export type HolidayRegion = (typeof holidayRegions)[number];

export const organisationKinds = ['company', 'school'] as const;
/** `rejected`: a self-registration the bureau turned down (issue 21); final, never logs in. */
export const organisationStatuses = ['pending', 'active', 'suspended', 'rejected'] as const;
export type OrganisationStatus = (typeof organisationStatuses)[number];

export const sessionStatuses = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export const bookingStatuses = [
  'requested',
  'confirmed',
  'waitlisted',
  'declined',
  'cancelled',
  'completed',
  'no_show',
] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const promotionModes = ['auto_confirm', 'offer'] as const;
export type PromotionMode = (typeof promotionModes)[number];

export const conflictTypes = [
  'session_cancelled_with_bookings',
  'capacity_reduced_below_booked',
  'oversubscribed',
  'blackout_overlap',
  'cap_exception_requested',
  'no_show_reported',
  'late_cancellation',
  'session_change_blocked',
  /** A request still has open parts a week before its sign-up deadline (issue 15). */
  'request_unfilled',
  /** An accepted placement starts within 7 days and not every party has signed (issue 16). */
  'placement_unsigned',
  /** A supervisor left a week of attendance unconfirmed for 14 days (issue 16). */
  'attendance_unconfirmed',
  /** A compliance document expired under confirmed activities that require it (issue 18). */
  'compliance_expired',
] as const;
export type ConflictType = (typeof conflictTypes)[number];
export const conflictStatuses = ['open', 'resolved', 'dismissed'] as const;
export const conflictSeverities = ['low', 'medium', 'high'] as const;

export const blackoutKinds = ['school_holiday', 'exam_week'] as const;
export type BlackoutKind = (typeof blackoutKinds)[number];

export const feedScopes = ['school', 'class', 'company', 'offer', 'region'] as const;
export type FeedScope = (typeof feedScopes)[number];

export const taxonomyKinds = ['sector', 'vmbo_profile'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** Europe/Amsterdam is the product's only wall-clock zone; storage is UTC timestamptz. */
export const timeZone = 'Europe/Amsterdam';
