import { describe, expect, it } from 'vitest';
import { defaultRegionSettings } from '../regionSettings';
import { periodOf } from './calendar';
import { coFinancingReport, type HeldActivity } from './coFinancing';
import { engagementReport } from './engagement';
import { feedbackWindow } from './feedback';
import { waitlistOutcomeOf } from './fairness';

const activity = (over: Partial<HeldActivity>): HeldActivity => ({
  sessionId: 's',
  offerId: 'o',
  offerTitle: 'Gastles',
  offerType: 'guest_lesson',
  companyId: 'a',
  companyName: 'A',
  startsAt: new Date('2026-03-10T08:00:00Z'),
  endsAt: new Date('2026-03-10T10:00:00Z'),
  inKindHours: 2,
  schoolNames: ['S'],
  classCount: 1,
  seats: 20,
  ...over,
});

describe('co-financing rules', () => {
  it('when the region sets no target, then progress is unknown rather than zero', () => {
    const report = coFinancingReport([activity({})], {
      ...defaultRegionSettings,
      coFinancingTargetEuro: null,
    });
    expect(report.total).toEqual({ activities: 1, hours: 2, amountCents: 12000 });
    expect(report.target).toEqual({ targetCents: null, reachedShare: null, remainingCents: null });
  });

  it('when the target is passed, then nothing remains and the share exceeds 1', () => {
    const report = coFinancingReport([activity({ inKindHours: 10 })], {
      ...defaultRegionSettings,
      coFinancingTargetEuro: 500,
    });
    expect(report.target).toEqual({ targetCents: 50000, reachedShare: 1.2, remainingCents: 0 });
  });

  it('when a session starts late on 31 July, then it is in the old school year', () => {
    const [row] = coFinancingReport(
      [
        activity({
          startsAt: new Date('2026-07-31T20:00:00Z'),
          endsAt: new Date('2026-08-01T00:00:00Z'),
        }),
      ],
      defaultRegionSettings,
    ).rows;
    expect(row).toMatchObject({ schoolYear: '2025-2026', calendarYear: 2026 });
  });
});

describe('report periods', () => {
  it('when filters combine, then the period is their intersection', () => {
    const period = periodOf({ schoolYear: '2026-2027', calendarYear: 2026 });
    expect(period.from!.toISOString()).toBe('2026-07-31T22:00:00.000Z');
    expect(period.until!.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(periodOf({})).toEqual({ from: null, until: null });
  });
});

describe('feedback window', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  it('when the session ended and the booking is completed, then feedback is open', () => {
    expect(
      feedbackWindow({ status: 'completed', endsAt: new Date('2026-05-01T11:00:00Z') }, now).ok,
    ).toBe(true);
  });
  it('when the session has not ended, or the booking was a no-show, then it is not', () => {
    const early = feedbackWindow(
      { status: 'confirmed', endsAt: new Date('2026-05-01T13:00:00Z') },
      now,
    );
    expect(early).toMatchObject({
      ok: false,
      code: 'feedback_not_open',
      meta: { reason: 'not_ended' },
    });
    const noShow = feedbackWindow(
      { status: 'no_show', endsAt: new Date('2026-04-01T13:00:00Z') },
      now,
    );
    expect(noShow).toMatchObject({ ok: false, meta: { reason: 'not_completed' } });
  });
});

describe('engagement and waitlist rules', () => {
  it('when two internship companies have the same average and count, then they share a rank', () => {
    const counts = ['a', 'b', 'c'].map((id) => ({
      companyId: id,
      companyName: id.toUpperCase(),
      heldSessions: 1,
      cancelledSessions: 0,
      cancelledBookings: 0,
      noShows: 0,
    }));
    const ratings = [
      { companyId: 'a', offerType: 'internship' as const, rating: 4 },
      { companyId: 'b', offerType: 'internship' as const, rating: 4 },
      { companyId: 'c', offerType: 'internship' as const, rating: 3 },
      { companyId: 'c', offerType: 'guest_lesson' as const, rating: 5 },
    ];
    const report = engagementReport('2026-2027', counts, [], ratings);
    expect(report.bestInternshipCompanies.map((r) => [r.companyId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
    expect(report.companies.find((c) => c.companyId === 'c')!.averageRating).toBe(4);
    expect(report.repeatRate).toBeNull();
  });

  it('when a once-waitlisted booking is looked at, then its outcome follows its status now', () => {
    expect(waitlistOutcomeOf('confirmed')).toBe('promoted');
    expect(waitlistOutcomeOf('completed')).toBe('promoted');
    expect(waitlistOutcomeOf('waitlisted')).toBe('waiting');
    expect(waitlistOutcomeOf('cancelled')).toBe('cancelled');
    expect(waitlistOutcomeOf('declined')).toBe('other');
  });
});
