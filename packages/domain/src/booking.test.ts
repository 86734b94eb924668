import { describe, expect, it } from 'vitest';
import {
  acceptOffer,
  approve,
  cancel,
  cancelWithSession,
  cancellationDeadlineOf,
  closeAtEnd,
  decline,
  declineOffer,
  expireHold,
  heldSeats,
  isLateCancellation,
  noShowReportDays,
  placeBooking,
  promote,
  reportNoShow,
  type BookingState,
} from './booking';
import { bookingStatuses } from './vocabulary';

const hour = 3_600_000;
const startsAt = new Date('2027-03-10T09:00:00Z');
const endsAt = new Date('2027-03-10T12:00:00Z');
const before = new Date(startsAt.getTime() - 100 * hour);
const a = (status: BookingState['status'], extra: Partial<BookingState> = {}): BookingState => ({
  status,
  seats: 20,
  holdExpiresAt: null,
  startsAt,
  endsAt,
  ...extra,
});
const held = a('waitlisted', { holdExpiresAt: new Date(before.getTime() + 48 * hour) });
const value = <T>(outcome: { ok: boolean; value?: T }) => {
  expect(outcome.ok).toBe(true);
  return outcome.value as T;
};
const code = (outcome: { ok: boolean; code?: string }) => (outcome.ok ? 'ok' : outcome.code);

describe('heldSeats', () => {
  it('when a booking holds seats, then confirmed, requested, completed, no-show and offered ones count', () => {
    const counted = Object.fromEntries(
      bookingStatuses.map((status) => [status, heldSeats(a(status))]),
    );
    expect(counted).toEqual({
      requested: 20,
      confirmed: 20,
      waitlisted: 0,
      declined: 0,
      cancelled: 0,
      completed: 20,
      no_show: 20,
    });
    expect(heldSeats(held)).toBe(20);
  });
});

describe('placeBooking', () => {
  const opensAt = new Date('2027-01-01T08:00:00Z');
  it.each([
    ['open', false, 'confirmed'],
    ['open', true, 'requested'],
    ['waitlist_only', false, 'waitlisted'],
    ['waitlist_only', true, 'waitlisted'],
  ] as const)(
    'when the session is %s (approval %s), then the booking is %s',
    (state, requiresApproval, status) => {
      expect(value(placeBooking(state, { requiresApproval }, null))).toBe(status);
    },
  );
  it.each([
    ['full', 'session_full'],
    ['not_yet_open', 'booking_window_closed'],
    ['started', 'booking_window_closed'],
    ['ended', 'booking_window_closed'],
    ['cancelled', 'booking_window_closed'],
  ] as const)('when the session is %s, then %s', (state, expected) => {
    expect(code(placeBooking(state, { requiresApproval: false }, opensAt))).toBe(expected);
  });
  it('when booking has not opened, then the refusal says when it opens', () => {
    const outcome = placeBooking('not_yet_open', { requiresApproval: false }, opensAt);
    expect(outcome).toMatchObject({ ok: false, meta: { opensAt: opensAt.toISOString() } });
  });
});

describe('cancel', () => {
  const input = { by: 'school' as const, reason: 'Ziek', deadlineHours: 48, now: before };
  it('when a school cancels before the deadline, then the seats are released and nothing is raised', () => {
    expect(value(cancel(a('confirmed'), input))).toEqual({
      status: 'cancelled',
      holdExpiresAt: null,
      seatDelta: -20,
      reason: 'Ziek',
      raises: [],
    });
  });
  it('when a school cancels after the deadline, then late_cancellation is raised', () => {
    const late = new Date(startsAt.getTime() - 10 * hour);
    expect(value(cancel(a('confirmed'), { ...input, now: late })).raises).toEqual([
      'late_cancellation',
    ]);
  });
  it('when the company cancels late, or a school cancels a plain waitlist entry late, then nothing is raised', () => {
    const late = new Date(startsAt.getTime() - 10 * hour);
    expect(value(cancel(a('confirmed'), { ...input, by: 'company', now: late })).raises).toEqual(
      [],
    );
    expect(value(cancel(a('waitlisted'), { ...input, now: late }))).toMatchObject({
      seatDelta: 0,
      raises: [],
    });
  });
  it('when the session has started, then cancelling is refused', () => {
    expect(code(cancel(a('confirmed'), { ...input, now: startsAt }))).toBe('invalid_transition');
  });
  it('when the deadline itself is reached, then it is not late yet; one moment later it is', () => {
    const deadline = cancellationDeadlineOf(startsAt, 48);
    expect(deadline.toISOString()).toBe('2027-03-08T09:00:00.000Z');
    expect(isLateCancellation(a('confirmed'), { ...input, now: deadline })).toBe(false);
    const after = new Date(deadline.getTime() + 1);
    expect(isLateCancellation(a('confirmed'), { ...input, now: after })).toBe(true);
    expect(isLateCancellation(held, { ...input, now: after })).toBe(true);
    expect(isLateCancellation(a('waitlisted'), { ...input, now: after })).toBe(false);
  });
  it.each(['declined', 'cancelled', 'completed', 'no_show'] as const)(
    'when the booking is %s, then it cannot be cancelled',
    (status) => {
      expect(code(cancel(a(status), input))).toBe('invalid_transition');
    },
  );
});

describe('approve and decline', () => {
  it('when a request is approved, then it is confirmed without touching the counter', () => {
    expect(value(approve(a('requested'), before))).toMatchObject({
      status: 'confirmed',
      seatDelta: 0,
    });
  });
  it('when a request is declined, then its held seats are released', () => {
    expect(value(decline(a('requested'), 'Vol'))).toMatchObject({
      status: 'declined',
      seatDelta: -20,
      reason: 'Vol',
    });
  });
  it.each(['confirmed', 'waitlisted', 'cancelled'] as const)(
    'when the booking is %s, then approve and decline are refused',
    (status) => {
      expect(code(approve(a(status), before))).toBe('invalid_transition');
      expect(code(decline(a(status), 'x'))).toBe('invalid_transition');
    },
  );
  it('when the session has started, then a request can no longer be approved', () => {
    expect(code(approve(a('requested'), startsAt))).toBe('invalid_transition');
  });
});

describe('promote', () => {
  const input = {
    mode: 'auto_confirm' as const,
    requiresApproval: false,
    holdHours: 48,
    now: before,
  };
  it('when promoting automatically, then the booking is confirmed and takes its seats', () => {
    expect(value(promote(a('waitlisted'), input))).toMatchObject({
      status: 'confirmed',
      seatDelta: 20,
    });
  });
  it('when the offer needs approval, then the promoted booking is requested (holding its seats)', () => {
    expect(value(promote(a('waitlisted'), { ...input, requiresApproval: true }))).toMatchObject({
      status: 'requested',
      seatDelta: 20,
    });
  });
  it('when promoting by offer, then the seats are held until now + holdHours', () => {
    expect(value(promote(a('waitlisted'), { ...input, mode: 'offer' }))).toMatchObject({
      status: 'waitlisted',
      seatDelta: 20,
      holdExpiresAt: new Date(before.getTime() + 48 * hour),
    });
  });
  it('when the booking already holds an offer or is not waiting, then it cannot be promoted', () => {
    expect(code(promote(held, input))).toBe('invalid_transition');
    expect(code(promote(a('confirmed'), input))).toBe('invalid_transition');
  });
});

describe('offered seats', () => {
  it('when the school accepts in time, then it is confirmed and keeps the seats', () => {
    expect(value(acceptOffer(held, { requiresApproval: false, now: before }))).toMatchObject({
      status: 'confirmed',
      seatDelta: 0,
      holdExpiresAt: null,
    });
  });
  it('when the hold has expired, then accepting is refused and the sweep may expire it', () => {
    const late = held.holdExpiresAt!;
    expect(code(acceptOffer(held, { requiresApproval: false, now: late }))).toBe(
      'invalid_transition',
    );
    expect(value(expireHold(held, late))).toMatchObject({
      status: 'cancelled',
      seatDelta: -20,
      reason: 'hold_expired',
    });
  });
  it('when the hold is still running, then it does not expire', () => {
    expect(code(expireHold(held, before))).toBe('invalid_transition');
  });
  it('when the school declines the offer, then the seats are released', () => {
    expect(value(declineOffer(held, ''))).toMatchObject({
      status: 'cancelled',
      seatDelta: -20,
      reason: 'offer_declined',
    });
  });
  it('when nothing was offered, then accept and decline-offer are refused', () => {
    expect(code(acceptOffer(a('waitlisted'), { requiresApproval: false, now: before }))).toBe(
      'invalid_transition',
    );
    expect(code(declineOffer(a('waitlisted'), ''))).toBe('invalid_transition');
  });
});

describe('after the session', () => {
  it.each([
    ['confirmed', 'completed', 0],
    ['waitlisted', 'cancelled', 0],
    ['requested', 'declined', -20],
  ] as const)('when a %s booking reaches the end, then it becomes %s', (status, next, delta) => {
    expect(value(closeAtEnd(a(status), endsAt))).toMatchObject({ status: next, seatDelta: delta });
  });
  it('when the session has not ended, then nothing closes', () => {
    expect(code(closeAtEnd(a('confirmed'), startsAt))).toBe('invalid_transition');
  });
  it('when the company reports a no-show after the start, then no_show_reported is raised', () => {
    expect(value(reportNoShow(a('confirmed'), startsAt, 'niet gekomen'))).toMatchObject({
      status: 'no_show',
      seatDelta: 0,
      raises: ['no_show_reported'],
    });
    expect(value(reportNoShow(a('completed'), endsAt, ''))).toMatchObject({ status: 'no_show' });
  });
  it('when the sweep already completed the booking, then a no-show is still reported within the window and keeps its seats', () => {
    const lastDay = new Date(endsAt.getTime() + noShowReportDays * 24 * hour);
    expect(value(reportNoShow(a('completed'), lastDay, 'niet gekomen'))).toMatchObject({
      status: 'no_show',
      seatDelta: 0,
      raises: ['no_show_reported'],
    });
  });
  it('when the no-show window after the end has passed, then a report is refused for completed and confirmed', () => {
    const tooLate = new Date(endsAt.getTime() + noShowReportDays * 24 * hour + 1);
    expect(code(reportNoShow(a('completed'), tooLate, ''))).toBe('invalid_transition');
    expect(code(reportNoShow(a('confirmed'), tooLate, ''))).toBe('invalid_transition');
  });
  it('when a no-show is reported too early or for another status, then it is refused', () => {
    expect(code(reportNoShow(a('confirmed'), before, ''))).toBe('invalid_transition');
    expect(code(reportNoShow(a('waitlisted'), endsAt, ''))).toBe('invalid_transition');
  });
});

describe('cancelWithSession', () => {
  it.each([
    ['confirmed', -20],
    ['requested', -20],
    ['waitlisted', 0],
  ] as const)(
    'when the session is cancelled, then a %s booking is cancelled (seat delta %i)',
    (status, delta) => {
      expect(value(cancelWithSession(a(status), 'Storm'))).toMatchObject({
        status: 'cancelled',
        seatDelta: delta,
      });
    },
  );
  it('when the booking already ended, then it stays as it is', () => {
    expect(code(cancelWithSession(a('completed'), 'Storm'))).toBe('invalid_transition');
  });
});
