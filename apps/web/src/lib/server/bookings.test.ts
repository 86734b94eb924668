import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadBookings } from './bookings';
import { aBooking, fakeLocals } from './fakeApi';

const startsAt = '2027-03-10T09:00:00.000Z';

async function rowsAt(now: string, ...bookings: ReturnType<typeof aBooking>[]) {
  vi.setSystemTime(new Date(now));
  const { locals } = fakeLocals({ 'GET /bookings': { items: bookings, total: bookings.length } });
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

  test("when the offer's deadline is 0 hours, then cancelling is late only once it started", async () => {
    const [row] = await rowsAt(
      '2027-03-10T08:59:00Z',
      aBooking({ startsAt, cancellationDeadlineHours: 0 }),
    );
    expect(row).toMatchObject({ cancelDeadline: startsAt, lateCancellation: false });
  });
});

describe('every booking, not the first page', () => {
  test('when the school has more bookings than one page holds, then every page is read, once', async () => {
    const all = Array.from({ length: 1203 }, (_, index) =>
      aBooking({ id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` }),
    );
    const { locals, asked } = fakeLocals({
      'GET /bookings': (url: URL) => {
        const offset = Number(url.searchParams.get('offset'));
        const limit = Number(url.searchParams.get('limit'));
        return { items: all.slice(offset, offset + limit), total: all.length };
      },
    });
    const rows = await loadBookings(locals, { status: 'confirmed' });
    expect(new Set(rows.map((row) => row.id)).size).toBe(1203);
    expect(asked).toEqual(['GET /bookings', 'GET /bookings', 'GET /bookings']);
  });
});
