import { describe, expect, it } from 'vitest';
import { fitsAudience } from './audience';
import { capsFor, checkCaps, seasonOf } from './caps';
import { availabilityOf, bookingOpensAt, isOversubscribed } from './sessionAvailability';
import { promotionModeFor, selectPromotions, waitlistPositions } from './waitlist';

const hour = 3_600_000;
const now = new Date('2027-03-01T10:00:00Z');
const session = {
  status: 'scheduled' as const,
  startsAt: new Date(now.getTime() + 48 * hour),
  endsAt: new Date(now.getTime() + 50 * hour),
  capacity: 30,
  bookedSeats: 0,
};
const rules = { opensAt: null, waitlistEnabled: true };

describe('availabilityOf: one test per rung of the ladder', () => {
  it('when the session is cancelled, then cancelled (even if it also ended)', () => {
    expect(availabilityOf({ ...session, status: 'cancelled', endsAt: now }, rules, now)).toBe(
      'cancelled',
    );
  });
  it('when the session has ended, then ended', () => {
    expect(availabilityOf(session, rules, session.endsAt)).toBe('ended');
  });
  it('when the session is running, then started', () => {
    expect(availabilityOf(session, rules, session.startsAt)).toBe('started');
  });
  it('when booking opens later, then not_yet_open (even if full)', () => {
    const later = { ...rules, opensAt: new Date(now.getTime() + hour) };
    expect(availabilityOf({ ...session, bookedSeats: 30 }, later, now)).toBe('not_yet_open');
  });
  it('when booking opened exactly now, then open', () => {
    expect(availabilityOf(session, { ...rules, opensAt: now }, now)).toBe('open');
  });
  it('when the class fits exactly, then open; one seat short, then waitlist_only', () => {
    expect(availabilityOf({ ...session, bookedSeats: 10 }, rules, now, 20)).toBe('open');
    expect(availabilityOf({ ...session, bookedSeats: 11 }, rules, now, 20)).toBe('waitlist_only');
  });
  it('when there is no room and no waitlist, then full', () => {
    expect(
      availabilityOf({ ...session, bookedSeats: 30 }, { ...rules, waitlistEnabled: false }, now),
    ).toBe('full');
  });
  it('when the bureau overbooked the session, then it is not open', () => {
    expect(availabilityOf({ ...session, bookedSeats: 35 }, rules, now)).toBe('waitlist_only');
  });
});

describe('bookingOpensAt', () => {
  it("when the offer sets an opening time, then it wins over the region's", () => {
    const opensAt = new Date('2027-01-01T08:00:00Z');
    expect(bookingOpensAt({ opensAt }, { bookingOpensDaysAhead: 30 }, session)).toEqual(opensAt);
  });
  it('when only the region sets days ahead, then booking opens that many days before the start', () => {
    expect(bookingOpensAt({ opensAt: null }, { bookingOpensDaysAhead: 1 }, session)).toEqual(
      new Date(session.startsAt.getTime() - 24 * hour),
    );
  });
  it('when neither sets one, then booking is open', () => {
    expect(bookingOpensAt({ opensAt: null }, { bookingOpensDaysAhead: null }, session)).toBeNull();
  });
});

describe('isOversubscribed', () => {
  it('when demand is above ratio × capacity, then true; at it, false', () => {
    expect(isOversubscribed(61, 30, 2)).toBe(true);
    expect(isOversubscribed(60, 30, 2)).toBe(false);
  });
});

describe('caps', () => {
  const region = {
    capPerSchoolPerSession: 40,
    capPerSchoolPerOffer: 100,
    capPerSchoolPerSeason: 500,
  };
  it('when the offer overrides a cap, then its value wins; the season cap is the region’s', () => {
    expect(capsFor(region, { capPerSchoolPerSession: 25, capPerSchoolPerOffer: null })).toEqual({
      perSession: 25,
      perOffer: 100,
      perSeason: 500,
    });
  });
  it('when a booking reaches a cap exactly, then it is allowed; one seat more, then school_cap_reached naming the cap', () => {
    const caps = { perSession: 40, perOffer: 100, perSeason: 500 };
    expect(checkCaps(caps, { session: 20, offer: 20, season: 20 }, 20).ok).toBe(true);
    expect(checkCaps(caps, { session: 21, offer: 21, season: 21 }, 20)).toMatchObject({
      ok: false,
      code: 'school_cap_reached',
      meta: { cap: 'session', limit: 40, used: 21 },
    });
    expect(checkCaps(caps, { session: 0, offer: 90, season: 90 }, 20)).toMatchObject({
      meta: { cap: 'offer' },
    });
    expect(checkCaps(caps, { session: 0, offer: 0, season: 490 }, 20)).toMatchObject({
      meta: { cap: 'season' },
    });
  });
  it('when no caps are set, then anything is allowed', () => {
    expect(
      checkCaps(
        { perSession: null, perOffer: null, perSeason: null },
        { session: 999, offer: 999, season: 999 },
        40,
      ).ok,
    ).toBe(true);
  });
  it('when a date is before or after 1 August (Amsterdam), then it belongs to that school year', () => {
    expect(seasonOf(new Date('2027-03-01T10:00:00Z')).from).toEqual(
      new Date('2026-07-31T22:00:00Z'),
    );
    expect(seasonOf(new Date('2027-07-31T22:00:00Z')).from).toEqual(
      new Date('2027-07-31T22:00:00Z'),
    );
    expect(seasonOf(new Date('2027-07-31T21:59:59Z')).until).toEqual(
      new Date('2027-07-31T22:00:00Z'),
    );
  });
});

describe('fitsAudience', () => {
  const klas = { educationLevel: 'vmbo-kb', schoolYear: 3, vmboProfile: 'PIE' };
  it('when the offer has an empty audience, then every class fits', () => {
    expect(fitsAudience({ levels: [], schoolYears: [], vmboProfiles: [] }, klas).ok).toBe(true);
  });
  it('when level, year and profile are invited, then the class fits', () => {
    expect(
      fitsAudience({ levels: ['vmbo-kb'], schoolYears: [3, 4], vmboProfiles: ['PIE'] }, klas).ok,
    ).toBe(true);
  });
  it.each([
    [{ levels: ['havo'], schoolYears: [], vmboProfiles: [] }, 'level'],
    [{ levels: [], schoolYears: [4], vmboProfiles: [] }, 'schoolYear'],
    [{ levels: [], schoolYears: [], vmboProfiles: ['BWI'] }, 'vmboProfile'],
  ])('when %o does not invite the class, then audience_mismatch on %s', (offer, mismatch) => {
    expect(fitsAudience(offer, klas)).toMatchObject({
      ok: false,
      code: 'audience_mismatch',
      meta: { mismatch },
    });
  });
  it('when a profile-restricted offer meets a havo class, then the profile does not matter; a vmbo class without a profile does not fit', () => {
    const offer = { levels: [], schoolYears: [], vmboProfiles: ['PIE'] };
    expect(
      fitsAudience(offer, { educationLevel: 'havo', schoolYear: 3, vmboProfile: null }).ok,
    ).toBe(true);
    expect(
      fitsAudience(offer, { educationLevel: 'vmbo-bb', schoolYear: 1, vmboProfile: null }).ok,
    ).toBe(false);
  });
});

describe('waitlist', () => {
  const waiting = [
    { id: 'c', seats: 2, queueNo: 7 },
    { id: 'a', seats: 5, queueNo: 3 },
    { id: 'b', seats: 3, queueNo: 5 },
  ];
  it('when seats free up, then waiting bookings are promoted in arrival order while they fit', () => {
    expect(selectPromotions(waiting, 8).map((b) => b.id)).toEqual(['a', 'b']);
  });
  it('when the first in line is too large, then a later one that fits goes ahead (a class is one unit)', () => {
    expect(selectPromotions(waiting, 4).map((b) => b.id)).toEqual(['b']);
  });
  it('when nothing fits, then nobody is promoted', () => {
    expect(selectPromotions(waiting, 1)).toEqual([]);
  });
  it('when positions are asked, then they are 1-based in arrival order', () => {
    expect([...waitlistPositions(waiting)]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
  it("when the offer sets a promotion mode, then it wins over the region's", () => {
    expect(promotionModeFor({ promotionMode: 'auto_confirm' }, { promotionMode: 'offer' })).toBe(
      'offer',
    );
    expect(promotionModeFor({ promotionMode: 'offer' }, { promotionMode: null })).toBe('offer');
  });
});
