import type { BookingStatus } from '../vocabulary';

/**
 * Shared material (lesmateriaal, issue 18): files and links for an activity or for the
 * region's library. What it is for, in the words the web shows.
 */
export const materialKinds = [
  'assignment',
  'booklet',
  'safety_sheet',
  'worksheet',
  'other',
] as const;
export type MaterialKind = (typeof materialKinds)[number];

export const materialKindLabels: Record<MaterialKind, { nl: string; en: string }> = {
  assignment: { nl: 'Opdracht', en: 'Assignment' },
  booklet: { nl: 'Boekje', en: 'Booklet' },
  safety_sheet: { nl: 'Veiligheidsblad', en: 'Safety sheet' },
  worksheet: { nl: 'Werkblad', en: 'Worksheet' },
  other: { nl: 'Overig', en: 'Other' },
};

/**
 * Who may see a material besides its owner and the bureau (`canSeeMaterial`):
 * - `public`: anyone, also without an account (the public catalogue);
 * - `booked_schools`: the schools that take part in its offer, place or request (for the
 *   region's library: every school of the region);
 * - `bureau`: nobody else.
 */
export const materialVisibilities = ['public', 'booked_schools', 'bureau'] as const;
export type MaterialVisibility = (typeof materialVisibilities)[number];

export const materialVisibilityLabels: Record<MaterialVisibility, { nl: string; en: string }> = {
  public: { nl: 'Iedereen', en: 'Everyone' },
  booked_schools: { nl: 'Scholen die deelnemen', en: 'Participating schools' },
  bureau: { nl: 'Alleen het stagebureau', en: 'Bureau only' },
};

/**
 * What a material is attached to. A place is an offer with booking mode `placement`, so
 * `offer` and `place` both name an offer; `library` is the region's shared shelf.
 */
export const materialTargetKinds = ['offer', 'place', 'request', 'library'] as const;
export type MaterialTargetKind = (typeof materialTargetKinds)[number];

/** A version's content: an uploaded file (an object in the store) or an https link. */
export const materialContentKinds = ['file', 'link'] as const;
export type MaterialContentKind = (typeof materialContentKinds)[number];

/**
 * The bookings (and placements, which are one-seat bookings) that make a school take part in
 * an offer or place for its `booked_schools` material: a held request (a proposed placement,
 * a booking awaiting approval) prepares for it, a confirmed one goes, a completed one still
 * works on the follow-up assignment. A waitlisted, declined or cancelled booking does not.
 */
export const materialBookingStatuses = [
  'requested',
  'confirmed',
  'completed',
] as const satisfies readonly BookingStatus[];
