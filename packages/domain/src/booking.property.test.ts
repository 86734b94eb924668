import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptOffer,
  approve,
  cancel,
  decline,
  expireHold,
  heldSeats,
  isLive,
  placeBooking,
  promote,
  type BookingState,
  type Transition,
} from './booking';
import { checkCaps } from './caps';
import { availabilityOf } from './sessionAvailability';
import type { PromotionMode } from './vocabulary';
import { selectPromotions } from './waitlist';

/**
 * An in-memory booking system built only from the domain functions, driven by random
 * sequences of book / cancel / resize / approve / decline / accept / expire operations. After
 * every step the invariants of architecture §5 must hold. The API does the same steps in SQL.
 */
const hour = 3_600_000;
const now = new Date('2027-03-01T08:00:00Z');
const classes = [
  { school: 0, size: 3 },
  { school: 0, size: 5 },
  { school: 1, size: 2 },
  { school: 1, size: 4 },
  { school: 2, size: 1 },
  { school: 2, size: 6 },
];
const sessionTimes = [
  { startsAt: new Date(now.getTime() + 48 * hour), endsAt: new Date(now.getTime() + 51 * hour) },
  { startsAt: new Date(now.getTime() + 50 * hour), endsAt: new Date(now.getTime() + 52 * hour) }, // overlaps 0
  { startsAt: new Date(now.getTime() + 96 * hour), endsAt: new Date(now.getTime() + 99 * hour) },
];
const capPerSession = 8;

interface ModelBooking extends BookingState {
  id: string;
  session: number;
  classIndex: number;
  queueNo: number;
}
interface Model {
  sessions: { capacity: number; booked: number }[];
  bookings: ModelBooking[];
  queue: number;
  mode: PromotionMode;
  requiresApproval: boolean;
}

const overlaps = (a: number, b: number) =>
  sessionTimes[a]!.startsAt < sessionTimes[b]!.endsAt &&
  sessionTimes[b]!.startsAt < sessionTimes[a]!.endsAt;
/** The exclusion constraint: a class is never confirmed in two overlapping sessions. */
const classBusy = (model: Model, booking: { classIndex: number; session: number; id?: string }) =>
  model.bookings.some(
    (other) =>
      other.id !== booking.id &&
      other.status === 'confirmed' &&
      other.classIndex === booking.classIndex &&
      overlaps(other.session, booking.session),
  );

/** Applies a transition like the API does: counter first (conditional), then the row. */
function apply(model: Model, booking: ModelBooking, transition: Transition): boolean {
  const session = model.sessions[booking.session]!;
  if (transition.seatDelta > 0 && session.booked + transition.seatDelta > session.capacity)
    return false;
  if (transition.status === 'confirmed' && classBusy(model, booking)) return false;
  session.booked += transition.seatDelta;
  Object.assign(booking, { status: transition.status, holdExpiresAt: transition.holdExpiresAt });
  return true;
}

function promoteWaiting(model: Model, sessionIndex: number) {
  const session = model.sessions[sessionIndex]!;
  let waiting = model.bookings.filter(
    (b) => b.session === sessionIndex && b.status === 'waitlisted' && !b.holdExpiresAt,
  );
  for (;;) {
    const next = selectPromotions(waiting, Math.max(0, session.capacity - session.booked))[0];
    if (!next) return;
    waiting = waiting.filter((b) => b !== next);
    const outcome = promote(next, {
      mode: model.mode,
      requiresApproval: model.requiresApproval,
      holdHours: 48,
      now,
    });
    if (outcome.ok) apply(model, next, outcome.value);
  }
}

function book(model: Model, classIndex: number, sessionIndex: number) {
  const klas = classes[classIndex]!;
  const session = model.sessions[sessionIndex]!;
  const live = model.bookings.filter(
    (b) =>
      b.session === sessionIndex &&
      classes[b.classIndex]!.school === klas.school &&
      isLive(b.status),
  );
  const used = live.reduce((sum, b) => sum + b.seats, 0);
  if (
    !checkCaps(
      { perSession: capPerSession, perOffer: null, perSeason: null },
      { session: used, offer: 0, season: 0 },
      klas.size,
    ).ok
  )
    return;
  const state = availabilityOf(
    {
      status: 'scheduled',
      ...sessionTimes[sessionIndex]!,
      capacity: session.capacity,
      bookedSeats: session.booked,
    },
    { opensAt: null, waitlistEnabled: true },
    now,
    klas.size,
  );
  const placed = placeBooking(state, { requiresApproval: model.requiresApproval }, null);
  if (!placed.ok) return;
  const booking: ModelBooking = {
    id: String(model.bookings.length),
    session: sessionIndex,
    classIndex,
    queueNo: model.queue++,
    status: placed.value,
    seats: klas.size,
    holdExpiresAt: null,
    ...sessionTimes[sessionIndex]!,
  };
  if (booking.status === 'confirmed' && classBusy(model, booking)) return; // class_busy
  session.booked += heldSeats(booking);
  model.bookings.push(booking);
}

type Operation =
  | { kind: 'book'; classIndex: number; session: number }
  | { kind: 'cancel' | 'approve' | 'decline' | 'accept' | 'expire'; pick: number }
  | { kind: 'resize'; session: number; capacity: number };

function run(model: Model, op: Operation) {
  if (op.kind === 'book') return book(model, op.classIndex, op.session);
  if (op.kind === 'resize') {
    const session = model.sessions[op.session]!;
    if (op.capacity < session.booked) return; // capacity_below_booked
    session.capacity = op.capacity;
    return promoteWaiting(model, op.session);
  }
  const booking = model.bookings[op.pick % Math.max(1, model.bookings.length)];
  if (!booking) return;
  const later = new Date(now.getTime() + 49 * hour);
  const outcome = {
    cancel: () => cancel(booking, { by: 'school', reason: 'r', deadlineHours: 48, now }),
    approve: () => approve(booking, now),
    decline: () => decline(booking, 'r'),
    accept: () => acceptOffer(booking, { requiresApproval: model.requiresApproval, now }),
    expire: () => expireHold(booking, booking.holdExpiresAt ?? later),
  }[op.kind]();
  if (outcome.ok && apply(model, booking, outcome.value) && outcome.value.seatDelta < 0) {
    promoteWaiting(model, booking.session);
  }
}

function expectInvariants(model: Model) {
  model.sessions.forEach((session, index) => {
    const held = model.bookings
      .filter((b) => b.session === index)
      .reduce((sum, b) => sum + heldSeats(b), 0);
    expect(session.booked).toBe(held);
    expect(session.booked).toBeLessThanOrEqual(session.capacity);
    for (const school of [0, 1, 2]) {
      const live = model.bookings.filter(
        (b) => b.session === index && classes[b.classIndex]!.school === school && isLive(b.status),
      );
      expect(live.reduce((sum, b) => sum + b.seats, 0)).toBeLessThanOrEqual(capPerSession);
    }
    const stuck = model.bookings.filter(
      (b) =>
        b.session === index &&
        b.status === 'waitlisted' &&
        !b.holdExpiresAt &&
        b.seats <= session.capacity - session.booked &&
        !classBusy(model, b),
    );
    expect(stuck).toEqual([]);
  });
  for (const booking of model.bookings) {
    if (booking.status === 'confirmed') expect(classBusy(model, booking)).toBe(false);
  }
}

const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('book' as const),
      classIndex: fc.nat(classes.length - 1),
      session: fc.nat(sessionTimes.length - 1),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'cancel' as const,
        'approve' as const,
        'decline' as const,
        'accept' as const,
        'expire' as const,
      ),
      pick: fc.nat(200),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('resize' as const),
      session: fc.nat(sessionTimes.length - 1),
      capacity: fc.integer({ min: 0, max: 20 }),
    }),
  },
);

describe('the booking rules under random operation sequences', () => {
  it('when any sequence of book, cancel, resize, approve, decline, accept and expire runs, then the invariants hold after every step', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 60 }),
        fc.constantFrom<PromotionMode>('auto_confirm', 'offer'),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 3, maxLength: 3 }),
        (ops, mode, requiresApproval, capacities) => {
          const model: Model = {
            sessions: capacities.map((capacity) => ({ capacity, booked: 0 })),
            bookings: [],
            queue: 1,
            mode,
            requiresApproval,
          };
          for (const op of ops) {
            run(model, op);
            expectInvariants(model);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
