/**
 * The allocation's inputs and outputs. Everything is plain JSON so a round's inputs can be
 * published and re-run elsewhere. The result depends on the order of `requests` (the API sorts
 * them by submission) but never on the id values, so ids can be pseudonymised in a replay.
 */
export interface AllocationPolicy {
  kind: 'snake_draft';
  /** `eligible_pupils`: schools get turns in proportion to their eligible pupils. */
  weighting: 'equal' | 'eligible_pupils';
  /** Schools with a shortfall in earlier rounds of the year take their turns first. */
  fairShareLedger: boolean;
}

export const defaultAllocationPolicy: AllocationPolicy = {
  kind: 'snake_draft',
  weighting: 'equal',
  fairShareLedger: false,
};

export interface AllocationSession {
  id: string;
  offerId: string;
  /** Seats still free when the round runs (capacity minus bookings made outside the round). */
  seatsFree: number;
  startsAt: string;
  endsAt: string;
  /** Most seats one school may hold in this session; null for no cap. */
  capPerSchool: number | null;
}

export interface AllocationOffer {
  id: string;
  /** Most seats one school may hold over all sessions of this offer; null for no cap. */
  capPerSchool: number | null;
}

export interface AllocationRequest {
  id: string;
  schoolId: string;
  classId: string;
  seats: number;
  /** Session ids, best first. */
  preferences: string[];
}

/** Seats a school already holds (booked outside the round), counted against the caps. */
export interface HeldSeats {
  schoolId: string;
  sessionId: string;
  offerId: string;
  seats: number;
}

/** A time a class is already booked elsewhere; it cannot be placed in an overlapping session. */
export interface ClassBusy {
  classId: string;
  startsAt: string;
  endsAt: string;
}

export interface AllocationInput {
  /** Lowercase hex, revealed at the run; its SHA-256 was published when the window opened. */
  seed: string;
  policy: AllocationPolicy;
  sessions: AllocationSession[];
  offers: AllocationOffer[];
  requests: AllocationRequest[];
  held: HeldSeats[];
  classBusy: ClassBusy[];
  /** School id → eligible pupils (used with `weighting: 'eligible_pupils'`). */
  eligiblePupils: Record<string, number>;
  /** School id → shortfall carried from earlier rounds (used with `fairShareLedger`). */
  ledger: Record<string, number>;
}

export type PreferenceVerdict =
  'placed' | 'full' | 'cap_session' | 'cap_offer' | 'class_busy' | 'not_in_round';

export interface PreferenceCheck {
  rank: number;
  sessionId: string;
  verdict: PreferenceVerdict;
  /** For `full`: seats free at the turn, and the draft round after which it lacked room. */
  seatsFree?: number;
  fullSinceRound?: number | null;
}

export interface Placement {
  requestId: string;
  schoolId: string;
  classId: string;
  seats: number;
  /** Null when no preference had room: the request goes on the waitlist. */
  sessionId: string | null;
  /** 1-based rank of the placed preference; null when unplaced. */
  preferenceRank: number | null;
  /** The draft round (1-based) of the request's turn. */
  draftRound: number;
  /** The global pick number (1-based): the waitlist order for the unplaced. */
  pick: number;
  checks: PreferenceCheck[];
  explanation: string;
}

export interface AllocationResult {
  /** The school order of round 1 (later rounds alternate reversed). */
  schoolOrder: string[];
  placements: Placement[];
}
