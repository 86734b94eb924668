/**
 * The closed vocabularies of individual placements (issue 16). A place is an offer of one of
 * the place types with booking mode `placement`; a placement is one participant's booking of
 * one seat in the place's period (decision 009).
 */
export const placeOfferTypes = ['job_shadow', 'internship', 'teacher_internship'] as const;
export type PlaceOfferType = (typeof placeOfferTypes)[number];

export const participantKinds = ['pupil', 'teacher'] as const;
export type ParticipantKind = (typeof participantKinds)[number];

/**
 * Stored statuses. `running` is not stored: a signed placement runs from its first day; it is
 * `completed` when the supervisor's evaluation is in or the period ended (derived on read).
 */
export const placementStatuses = [
  'proposed',
  'accepted',
  'declined',
  'signed',
  'completed',
  'cancelled',
] as const;
export type PlacementStatus = (typeof placementStatuses)[number];
/** What a reader sees: the stored status, with `running` for a signed placement under way. */
export type PlacementPhase = PlacementStatus | 'running';

export const placementRoundStatuses = ['open', 'run', 'published'] as const;
export type PlacementRoundStatus = (typeof placementRoundStatuses)[number];

/** Weekdays as ISO numbers: 1 = Monday … 7 = Sunday. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;
