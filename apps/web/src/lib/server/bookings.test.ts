import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBookings } from './bookings';
import { aBooking, anOffer, fakeLocals } from './fakeApi';

const offerId = '33333333-3333-4333-8333-333333333333';
const startsAt = '2027-03-10T09:00:00.000Z';

async function rowsAt(now: string, ...bookings: ReturnType<typeof aBooking>[]) {
  vi.setSystemTime(new Date(now));
  const { locals } = fakeLocals({
    'GET /bookings': { items: bookings, total: bookings.length },
    [`GET /offers/${offerId}`]: anOffer({ id: offerId, cancellationDeadlineHours: 48 }),
  });
  return loadBookings(locals);
}

describe("the school's cancellation deadline", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  test("when a confirmed booking is before the offer's deadline, then it shows the deadline and cancelling is not late", async () => {
    const [row] = await rowsAt('2027-03-01T09:00:00Z', aBooking({ startsAt }));
    expect(row).toMatchObject({
      cancelDeadline: '2027-03-08T09:00:00.000Z',
      lateCancellation: false,
    });
  });

  test('when the deadline has passed, then cancelling a booking that holds seats is late', async () => {
    const confirmed = aBooking({ startsAt });
    const offered = aBooking({
      id: '66666666-6666-4666-8666-666666666666',
      status: 'waitlisted',
      holdExpiresAt: '2027-03-09T09:00:00.000Z',
      startsAt,
    });
    const rows = await rowsAt('2027-03-09T08:00:00Z', confirmed, offered);
    expect(rows.map((row) => row.lateCancellation)).toEqual([true, true]);
  });

  test('when a class only waits (no seats held), then it has no deadline: cancelling is never late', async () => {
    const waiting = aBooking({ status: 'waitlisted', waitlistPosition: 1, startsAt });
    const [row] = await rowsAt('2027-03-09T08:00:00Z', waiting);
    expect(row).toMatchObject({ cancelDeadline: null, lateCancellation: false });
  });

  test('when the offer cannot be read, then no deadline is claimed', async () => {
    vi.setSystemTime(new Date('2027-03-09T08:00:00Z'));
    const { locals } = fakeLocals({ 'GET /bookings': { items: [aBooking()], total: 1 } });
    const [row] = await loadBookings(locals);
    expect(row).toMatchObject({ cancelDeadline: null, lateCancellation: false });
  });
});
