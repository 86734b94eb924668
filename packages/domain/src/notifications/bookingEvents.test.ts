import { describe, expect, it } from 'vitest';
import { acceptOffer, promote, type BookingState, type Transition } from '../booking';
import { partyOf, roles } from '../roles';
import type { BookingStatus } from '../vocabulary';
import { bookingEventOf } from './bookingEvents';

const ids = { id: 'b1', regionId: 'r1' };
const hold = new Date('2027-03-03T09:00:00Z');
const after = (
  status: BookingStatus,
  extra: { holdExpiresAt?: Date | null; statusReason?: string | null } = {},
) => ({ ...ids, status, statusReason: null, holdExpiresAt: null, ...extra });
const kindOf = (
  before: BookingStatus | null,
  status: BookingStatus,
  extra: { holdExpiresAt?: Date | null; statusReason?: string | null } = {},
  action = 'booking.changed',
) => bookingEventOf(before, after(status, extra), action, 'school')?.kind ?? null;

describe('bookingEventOf: which message a booking change sends', () => {
  it.each([
    // before, after, hold, reason → kind (null: no message)
    [null, 'confirmed', '-', null, 'booking.confirmed'],
    [null, 'waitlisted', '-', null, 'booking.waitlisted'],
    [null, 'requested', '-', null, 'booking.requested'],
    ['waitlisted', 'waitlisted', 'held', 'seats_offered', 'booking.promoted'],
    ['waitlisted', 'waitlisted', '-', null, null],
    ['waitlisted', 'confirmed', '-', 'promoted', 'booking.promoted'],
    ['waitlisted', 'requested', '-', 'promoted', 'booking.requested'],
    ['waitlisted', 'confirmed', '-', 'offer_accepted', 'booking.confirmed'],
    ['waitlisted', 'requested', '-', 'offer_accepted', 'booking.requested'],
    ['requested', 'confirmed', '-', null, 'booking.confirmed'],
    ['requested', 'declined', '-', 'Vol', 'booking.declined'],
    ['confirmed', 'cancelled', '-', 'Ziek', 'booking.cancelled'],
    ['waitlisted', 'cancelled', '-', 'hold_expired', 'booking.cancelled'],
    ['confirmed', 'completed', '-', null, null],
    ['confirmed', 'no_show', '-', null, null],
    ['completed', 'no_show', '-', null, null],
    ['confirmed', 'confirmed', '-', null, null],
  ] as const)(
    'when %s becomes %s (%s, reason %s), then %s is sent',
    (before, status, held, statusReason, kind) => {
      const holdExpiresAt = held === 'held' ? hold : null;
      expect(kindOf(before, status, { holdExpiresAt, statusReason })).toBe(kind);
    },
  );

  it('when seats are offered to a waiting booking, then the school is told until when they are held', () => {
    expect(
      bookingEventOf('waitlisted', after('waitlisted', { holdExpiresAt: hold }), 'x', 'system'),
    ).toEqual({
      kind: 'booking.promoted',
      regionId: 'r1',
      bookingId: 'b1',
      holdExpiresAt: '2027-03-03T09:00:00.000Z',
    });
  });

  it('when a booking awaits approval, then the event says whether it came from the waitlist', () => {
    expect(bookingEventOf(null, after('requested'), 'booking.created', 'school')).toMatchObject({
      kind: 'booking.requested',
      fromWaitlist: false,
    });
    expect(bookingEventOf('waitlisted', after('requested'), 'x', 'system')).toMatchObject({
      kind: 'booking.requested',
      fromWaitlist: true,
    });
  });

  it('when a booking is cancelled, then the event names the party and the reason', () => {
    expect(
      bookingEventOf('confirmed', after('cancelled', { statusReason: 'Ziek' }), 'x', 'company'),
    ).toEqual({
      kind: 'booking.cancelled',
      ...{ regionId: 'r1', bookingId: 'b1' },
      by: 'company',
      reason: 'Ziek',
    });
  });

  it('when the session was cancelled, then its bookings send nothing (the session message tells)', () => {
    expect(kindOf('confirmed', 'cancelled', {}, 'booking.cancelled_with_session')).toBeNull();
  });

  it('when the state machine offers and then accepts seats, then the offer and the confirmation are two messages', () => {
    const waiting: BookingState = {
      status: 'waitlisted',
      seats: 20,
      holdExpiresAt: null,
      startsAt: new Date('2027-03-10T09:00:00Z'),
      endsAt: new Date('2027-03-10T12:00:00Z'),
    };
    const now = new Date('2027-03-01T09:00:00Z');
    const offered = promote(waiting, {
      mode: 'offer',
      requiresApproval: false,
      holdHours: 48,
      now,
    });
    if (!offered.ok) throw new Error('not offered');
    const rowAfter = ({ status, reason, holdExpiresAt }: Transition) =>
      after(status, { statusReason: reason, holdExpiresAt });
    const accepted = acceptOffer(
      { ...waiting, holdExpiresAt: offered.value.holdExpiresAt },
      { requiresApproval: false, now },
    );
    if (!accepted.ok) throw new Error('not accepted');
    const first = bookingEventOf(
      'waitlisted',
      rowAfter(offered.value),
      'booking.promoted',
      'system',
    );
    const second = bookingEventOf('waitlisted', rowAfter(accepted.value), 'x', 'school');
    expect([first?.kind, second?.kind]).toEqual(['booking.promoted', 'booking.confirmed']);
  });
});

describe('partyOf', () => {
  it('when a role acts, then it is the school, the company or the bureau; anything else is the system', () => {
    expect(Object.fromEntries(roles.map((role) => [role, partyOf(role)]))).toEqual({
      bureau_admin: 'bureau',
      bureau_staff: 'bureau',
      company_admin: 'company',
      company_member: 'company',
      school_coordinator: 'school',
      teacher: 'school',
    });
    expect(partyOf('system')).toBe('system');
    expect(partyOf('')).toBe('system');
  });
});
