import { fitsAudience, type ClassProfile, type OfferAudience } from '../audience';
import { blackoutsOverlapping, type BlackoutPeriod } from '../blackout';
import { heldSeats, liveStatuses, placeBooking } from '../booking';
import { capsFor, seasonOf, type SchoolCaps } from '../caps';
import { checkCompliance, type ComplianceDocumentFacts } from '../compliance/rules';
import { bookingEventOf } from '../notifications/bookingEvents';
import { fail, ok, type Outcome } from '../outcome';
import { isBureau, partyOf, type Role } from '../roles';
import type { RegionSettings } from '../regionSettings';
import {
  availabilityOf,
  bookingOpensAt,
  oversubscribedAboveSeats,
  sessionOpenTo,
  type SessionCounts,
} from '../sessionAvailability';
import { localDateOf } from '../blackout';
import type { BookingStatus, HolidayRegion, OfferType } from '../vocabulary';
import { combine, raising, type AuditEntry, type BookingEffects } from './effects';
import { rulesOf, type BookingSource } from './sources';

/**
 * The one decision behind every new booking (architecture §5.8): a school's booking, a granted cap
 * exception, a bureau move, an allocation round's result, an accepted proposal, the demo seed.
 * It returns a plan the database executes in one statement: the row, the status if the seats
 * fit and the status (or refusal) if they do not, the caps to hold under the school lock, and
 * every side effect as data. Only what a concurrent writer can change — whether the seats
 * still fit, the school's usage, the session still scheduled — is left to the database, which
 * resolves it under its locks (docs/decisions/005-one-booking-path.md).
 */
export interface NewBookingFacts {
  source: BookingSource;
  actor: { userId: string | null; role: string; regionId: string };
  now: Date;
  /** Fresh ids chosen by the caller, so the plan can name what it creates. */
  ids: { booking: string; blackoutConflict: string; oversubscribedConflict: string };
  session: SessionCounts & { id: string; offerId: string; schoolId: string | null };
  offer: OfferAudience & {
    id: string;
    /** The activity type: decides which compliance documents a confirmation needs. */
    type: OfferType;
    status: string;
    requiresApproval: boolean;
    waitlistEnabled: boolean;
    opensAt: Date | null;
    capPerSchoolPerSession: number | null;
    capPerSchoolPerOffer: number | null;
    /** `placement`: an internship place, booked only by the placement source (issue 16). */
    bookingMode?: string;
  };
  /** The class; a teacher's own placement has none (`id` null). */
  schoolClass: ClassProfile & {
    id: string | null;
    organisationId: string;
    size: number;
    archivedAt: Date | null;
  };
  region: { settings: RegionSettings; holidayRegion: HolidayRegion };
  /**
   * The holiday region of the class's school location (DUO's VAKANTIEREGIO) when it has one:
   * a school across a holiday-region border keeps its own holidays. Else the region's.
   */
  schoolHolidayRegion?: HolidayRegion | null;
  /** A placement's one participant (pupil or teacher): books one seat. */
  participant?: { id: string } | null;
  /** The region's blackouts around the session's dates; the decision picks those that apply. */
  blackouts: readonly BlackoutPeriod[];
  /**
   * The offer's company's compliance documents (issue 18). The shell loads them only when the
   * region requires some for the offer's type; absent counts as none.
   */
  companyDocuments?: readonly ComplianceDocumentFacts[];
  request: {
    seats?: number;
    teachers?: string[];
    note?: string;
    overrideCaps?: boolean;
    /** Allocation and seed decide the status themselves (`waitlisted` holds no seats). */
    status?: 'confirmed' | 'requested' | 'waitlisted';
    statusReason?: string | null;
    /** Why this path books (kept in the audit row), e.g. the bureau's reason for a move. */
    reason?: string | null;
    /** Extra audit facts of the path (conflict id, round id, the booking moved from). */
    context?: Record<string, unknown>;
  };
}

export interface NewBookingRow {
  id: string;
  regionId: string;
  sessionId: string;
  offerId: string;
  schoolId: string;
  classId: string | null;
  participantId: string | null;
  seats: number;
  teachers: string[];
  note: string;
  startsAt: Date;
  endsAt: Date;
  statusReason: string | null;
  createdBy: string | null;
}

export interface Branch {
  status: BookingStatus;
  effects: BookingEffects;
}

export interface CapLimits extends SchoolCaps {
  season: { from: Date; until: Date };
}

export interface BookingPlan {
  booking: NewBookingRow;
  /** Under the school lock, the school's live seats plus these must stay within the caps. */
  caps: CapLimits | null;
  /** Whether to serialise with the school's other bookings (needed when caps are checked). */
  lockSchool: boolean;
  liveStatuses: readonly BookingStatus[];
  /** The status if the seats fit (or if it holds none), and its effects. */
  fits: Branch;
  /** When the seats do not fit: wait, or refuse with `session_full` (null). */
  full: Branch | null;
  /** Raised once per session when demand (live seats) exceeds this many seats. */
  oversubscribed: { aboveSeats: number; effects: BookingEffects } | null;
}

export function decideNewBooking(facts: NewBookingFacts): Outcome<BookingPlan> {
  const { source, session, offer, schoolClass, request } = facts;
  const rules = rulesOf(source);
  const schoolId = schoolClass.organisationId;
  const bookable = classMayBook({ session, offer, schoolClass }, rules.checksClass);
  if (!bookable.ok) return bookable;
  // An arranged session was agreed for one class of one request: nobody books into it.
  if (offer.status === 'arranged' && !rules.arranged)
    return fail('wrong_booking_mode', 'this activity was arranged for one request');
  if ((offer.bookingMode === 'placement') !== rules.placement)
    return fail(
      'wrong_booking_mode',
      rules.placement
        ? 'this offer is not an internship place'
        : 'an internship place is booked per pupil',
    );
  const participant = rules.placement ? (facts.participant ?? null) : null;
  if (rules.placement && !participant)
    return fail('validation_failed', 'a placement books one participant');
  const seats = participant ? 1 : schoolClass.size;
  if (!participant && request.seats !== undefined && request.seats !== seats) {
    return fail('validation_failed', `a class is booked as one unit: seats must be ${seats}`, {
      errors: [{ path: 'body.seats', message: `must equal the class size ${seats}` }],
    });
  }
  if (
    rules.overrideCaps === 'bureau_only' &&
    request.overrideCaps &&
    !isBureau(facts.actor.role as Role)
  )
    return fail('forbidden', 'only the bureau may override caps');
  const statuses = chooseStatuses(facts, rules, seats);
  if (!statuses.ok) return statuses;
  // Invariant 9: nothing is confirmed while a required compliance document is missing.
  if (statuses.value.fits === 'confirmed') {
    const compliant = checkCompliance(
      facts.region.settings,
      offer.type,
      [...(facts.companyDocuments ?? [])],
      localDateOf(facts.now),
    );
    if (!compliant.ok) return compliant;
  }

  const booking: NewBookingRow = {
    id: facts.ids.booking,
    regionId: facts.actor.regionId,
    sessionId: session.id,
    offerId: offer.id,
    schoolId,
    classId: schoolClass.id,
    participantId: participant?.id ?? null,
    seats,
    teachers: request.teachers ?? [],
    note: request.note ?? '',
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    statusReason: request.statusReason ?? null,
    createdBy: facts.actor.userId,
  };
  const overridden = request.overrideCaps === true || rules.caps === 'overridden';
  const caps = rules.caps === 'none' ? null : capsFor(facts.region.settings, offer);
  const always = blackoutEffects(facts, booking);
  const branch = (status: BookingStatus): Branch => ({
    status,
    effects: combine(always, createdEffects(facts, booking, status, overridden ? caps : null)),
  });
  const ratio = facts.region.settings.oversubscriptionRatio;
  return ok({
    booking,
    caps: caps && !overridden ? { ...caps, season: seasonOf(session.startsAt) } : null,
    lockSchool: rules.caps !== 'none',
    liveStatuses,
    fits: branch(statuses.value.fits),
    full: statuses.value.full ? branch(statuses.value.full) : null,
    oversubscribed: {
      aboveSeats: oversubscribedAboveSeats(session.capacity, ratio),
      effects: combine(
        raising({
          id: facts.ids.oversubscribedConflict,
          regionId: booking.regionId,
          type: 'oversubscribed',
          sessionId: session.id,
          offerId: offer.id,
          schoolId: null,
          details: { capacity: session.capacity, ratio },
        }),
      ),
    },
  });
}

/**
 * Whether this class may book this session at all: the session is visible to its school (a
 * private on-request session belongs to one school), and — where the path checks the class —
 * the class is active and in the offer's audience. Also what a cap-exception request checks.
 */
export function classMayBook(
  facts: Pick<NewBookingFacts, 'session' | 'offer' | 'schoolClass'>,
  checksClass = true,
): Outcome<true> {
  const { session, offer, schoolClass } = facts;
  if (offer.status === 'draft' || !sessionOpenTo(session, schoolClass.organisationId))
    return fail('not_found', 'session not found');
  if (!checksClass) return ok(true);
  if (schoolClass.archivedAt) return fail('validation_failed', 'the class is archived');
  return fitsAudience(offer, schoolClass);
}

/** The status when the seats fit and when they do not, by the source's rules. */
function chooseStatuses(
  facts: NewBookingFacts,
  rules: ReturnType<typeof rulesOf>,
  seats: number,
): Outcome<{ fits: BookingStatus; full: BookingStatus | null }> {
  const { session, offer, request, now } = facts;
  if (request.status && rules.statusFromCaller) {
    const holds = heldSeats({ status: request.status, seats, holdExpiresAt: null }) > 0;
    return ok({ fits: request.status, full: holds ? null : request.status });
  }
  if (offer.status !== 'published')
    return fail('booking_window_closed', 'the offer is archived', { opensAt: null });
  const opensAt = rules.window ? bookingOpensAt(offer, facts.region.settings, session) : null;
  const waitlist = rules.waitlist && offer.waitlistEnabled;
  // Seats are left to the database (it decides under the session lock); the rest is settled.
  const unlimited = { ...session, capacity: Number.POSITIVE_INFINITY };
  const placed = placeBooking(
    availabilityOf(unlimited, { opensAt, waitlistEnabled: waitlist }, now, seats),
    { requiresApproval: rules.approval && offer.requiresApproval },
    opensAt,
  );
  if (!placed.ok) return placed;
  return ok({ fits: placed.value, full: waitlist ? 'waitlisted' : null });
}

function blackoutEffects(facts: NewBookingFacts, booking: NewBookingRow): Partial<BookingEffects> {
  const hit = blackoutsOverlapping(facts.session, facts.blackouts, {
    id: booking.schoolId,
    holidayRegion: facts.schoolHolidayRegion ?? facts.region.holidayRegion,
  });
  if (hit.length === 0) return {};
  return raising({
    id: facts.ids.blackoutConflict,
    regionId: booking.regionId,
    type: 'blackout_overlap',
    sessionId: booking.sessionId,
    offerId: booking.offerId,
    schoolId: booking.schoolId,
    bookingIds: [booking.id],
    details: { blackouts: hit.map(({ id, kind, name }) => ({ id, kind, name })) },
  });
}

function createdEffects(
  facts: NewBookingFacts,
  booking: NewBookingRow,
  status: BookingStatus,
  capOverride: SchoolCaps | null,
): Partial<BookingEffects> {
  const audit: AuditEntry = {
    entity: 'booking',
    entityId: booking.id,
    action: 'booking.created',
    after: {
      status,
      seats: booking.seats,
      sessionId: booking.sessionId,
      classId: booking.classId,
      source: facts.source,
      ...(capOverride ? { capOverride } : {}),
      ...facts.request.context,
    },
    reason: facts.request.reason ?? (capOverride ? 'caps overridden by the bureau' : null),
  };
  const event = bookingEventOf(
    null,
    { ...booking, status, holdExpiresAt: null },
    'booking.created',
    partyOf(facts.actor.role),
  );
  return { audit: [audit], notifications: event ? [event] : [] };
}
