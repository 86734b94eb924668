/** Every way a booking comes to exist; each future one (sign-ups, placements) adds a row. */
export const bookingSources = [
  'school',
  'cap_exception',
  'bureau_move',
  'allocation',
  'proposal',
  'seed',
  'sign_up',
  'placement',
] as const;
export type BookingSource = (typeof bookingSources)[number];

export interface SourceRules {
  /** The booking window (offer or region `opens_at`) applies. */
  window: boolean;
  /** An offer that requires approval makes the booking `requested`. */
  approval: boolean;
  /** A full session puts the class on the waitlist (if the offer has one). */
  waitlist: boolean;
  /** School caps: checked, overridden (logged), or not this path's concern. */
  caps: 'checked' | 'overridden' | 'none';
  /** Who may override the caps on request. */
  overrideCaps: 'bureau_only' | 'never';
  /** The class must be active and in the offer's audience. */
  checksClass: boolean;
  /** The caller states the status (allocation result, seed). */
  statusFromCaller: boolean;
  /** May book sessions of an `arranged` offer (made for one accepted sign-up, decision 006). */
  arranged: boolean;
  /** Books one participant into an internship place; no other source may (decision 009). */
  placement: boolean;
}

/**
 * Why the paths differ, in one table. A school books within every rule. The bureau's cap
 * exception is the same booking with the caps overridden. A bureau move is the bureau's
 * decision: not bound by the window or the approval step, but within the caps and the
 * audience. An allocation round and an accepted proposal were decided before (the round
 * ranked the requests; the company chose the date), so the caller states the status. So does
 * an accepted sign-up: the school asked for this class and accepted the company's moment.
 */
const table: Record<BookingSource, SourceRules> = {
  school: {
    window: true,
    approval: true,
    waitlist: true,
    caps: 'checked',
    overrideCaps: 'bureau_only',
    checksClass: true,
    statusFromCaller: false,
    arranged: false,
    placement: false,
  },
  cap_exception: {
    window: true,
    approval: true,
    waitlist: true,
    caps: 'overridden',
    overrideCaps: 'never',
    checksClass: true,
    statusFromCaller: false,
    arranged: false,
    placement: false,
  },
  bureau_move: {
    window: false,
    approval: false,
    waitlist: false,
    caps: 'checked',
    overrideCaps: 'never',
    checksClass: true,
    statusFromCaller: false,
    arranged: false,
    placement: false,
  },
  allocation: {
    window: false,
    approval: false,
    waitlist: false,
    caps: 'none',
    overrideCaps: 'never',
    checksClass: false,
    statusFromCaller: true,
    arranged: false,
    placement: false,
  },
  proposal: {
    window: false,
    approval: false,
    waitlist: false,
    caps: 'none',
    overrideCaps: 'never',
    checksClass: false,
    statusFromCaller: true,
    arranged: false,
    placement: false,
  },
  sign_up: {
    window: false,
    approval: false,
    waitlist: false,
    caps: 'none',
    overrideCaps: 'never',
    checksClass: false,
    statusFromCaller: true,
    arranged: true,
    placement: false,
  },
  // A placement is one participant in a place: the school proposes (a `requested` booking
  // holds the place until the company decides) or a matching round offers it; the place's
  // audience and the participant's time are the placement's own checks.
  placement: {
    window: false,
    approval: false,
    waitlist: false,
    caps: 'none',
    overrideCaps: 'never',
    checksClass: false,
    statusFromCaller: true,
    arranged: false,
    placement: true,
  },
  seed: {
    window: false,
    approval: false,
    waitlist: false,
    caps: 'none',
    overrideCaps: 'never',
    checksClass: false,
    statusFromCaller: true,
    arranged: false,
    placement: false,
  },
};

export const rulesOf = (source: BookingSource): SourceRules => table[source];
