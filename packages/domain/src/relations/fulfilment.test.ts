import { describe, expect, it } from 'vitest';
import {
  agreementFulfilment,
  elapsedShareOfSchoolYear,
  measureActuals,
  overallStatus,
  type CountedActivity,
} from './fulfilment';
import { isShortfallSeason, agreementShortfallsOf } from './fulfilmentShortfalls';

const held = (offerType: CountedActivity['offerType'], inKindHours = 2): CountedActivity => ({
  companyId: 'c1',
  offerType,
  inKindHours,
});

const records = {
  held: [held('guest_lesson'), held('guest_lesson'), held('workshop', 3), held('assignment', 4.5)],
  supervision: [held('internship', 10.25)],
  confirmedPlacements: 2,
  acceptedSignUps: 1,
};

describe('measureActuals', () => {
  it('when a company held sessions, placed pupils and signed up, then each measure counts its own records', () => {
    const actuals = measureActuals(records);
    expect(actuals).toEqual({
      guest_lessons: 2,
      company_visits: 0,
      workshops: 1,
      masterclasses: 0,
      job_shadow_days: 0,
      teacher_internships: 0,
      internship_places: 2,
      assignment_hours: 4.5,
      request_sign_ups: 1,
      in_kind_hours: 2 + 2 + 3 + 4.5 + 10.25,
    });
  });
});

describe('agreementFulfilment', () => {
  const items = [
    { measure: 'internship_places' as const, quantity: 4 },
    { measure: 'guest_lessons' as const, quantity: 2 },
    { measure: 'workshops' as const, quantity: 4 },
  ];

  it('when the year has barely begun, then nothing is behind and a reached commitment is met', () => {
    const result = agreementFulfilment(
      items,
      measureActuals(records),
      '2026-2027',
      new Date('2026-08-10T10:00:00Z'),
    );
    expect(result.map((item) => [item.measure, item.done, item.status])).toEqual([
      ['guest_lessons', 2, 'met'],
      ['workshops', 1, 'on_track'],
      ['internship_places', 2, 'on_track'],
    ]);
  });

  it('when three quarters of the year are gone, then a quarter done is behind and half done too', () => {
    const now = new Date('2027-05-01T10:00:00Z');
    expect(elapsedShareOfSchoolYear('2026-2027', now)).toBeCloseTo(0.75, 1);
    const result = agreementFulfilment(items, measureActuals(records), '2026-2027', now);
    expect(result.find((item) => item.measure === 'workshops')).toMatchObject({
      done: 1,
      committed: 4,
      share: 0.25,
      status: 'behind',
    });
    expect(result.find((item) => item.measure === 'internship_places')?.status).toBe('behind');
    expect(overallStatus(result)).toBe('behind');
  });

  it('when the share is just within the margin of the elapsed year, then it is on track', () => {
    // 1 February: about half the year gone; 2 of 4 is exactly half.
    const result = agreementFulfilment(
      [{ measure: 'internship_places', quantity: 4 }],
      measureActuals(records),
      '2026-2027',
      new Date('2027-02-01T10:00:00Z'),
    );
    expect(result[0]!.status).toBe('on_track');
  });
});

describe('shortfalls', () => {
  const agreements = [
    {
      companyId: 'c1',
      companyName: 'Bakkerij',
      items: agreementFulfilment(
        [
          { measure: 'guest_lessons', quantity: 2 },
          { measure: 'workshops', quantity: 4 },
        ],
        measureActuals(records),
        '2026-2027',
        new Date('2027-05-02T10:00:00Z'),
      ),
    },
  ];

  it('when it is 30 April in Amsterdam, then there are no shortfalls yet', () => {
    const now = new Date('2027-04-30T21:59:00Z');
    expect(isShortfallSeason('2026-2027', now)).toBe(false);
    expect(agreementShortfallsOf(agreements, '2026-2027', now)).toEqual([]);
  });

  it('when it is 1 May in Amsterdam, then every item not met is listed with its company', () => {
    const now = new Date('2027-04-30T22:00:00Z');
    expect(agreementShortfallsOf(agreements, '2026-2027', now)).toEqual([
      expect.objectContaining({
        companyName: 'Bakkerij',
        measure: 'workshops',
        done: 1,
        committed: 4,
      }),
    ]);
  });
});
