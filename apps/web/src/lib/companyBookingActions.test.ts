import { noShowReportDays, noShowReportableUntil } from '@stagebureau/domain';
import { describe, expect, test } from 'vitest';
import { companyBookingActions } from './companyBookingActions';
import { aBooking } from './server/fakeApi';

const startsAt = '2027-03-10T09:00:00.000Z';
const endsAt = '2027-03-10T12:00:00.000Z';
const day = 86_400_000;
const at = (iso: string, plus = 0) => new Date(Date.parse(iso) + plus);

describe("the company's actions on a booking", () => {
  test('when the session has ended and the sweep completed the booking, then the company can still report a no-show and give feedback', () => {
    const completed = aBooking({ status: 'completed', startsAt, endsAt });
    expect(companyBookingActions(completed, at(endsAt, 3 * day))).toEqual({
      approve: false,
      decline: false,
      noShow: true,
      noShowUntil: noShowReportableUntil(new Date(endsAt)).toISOString(),
      feedback: true,
    });
  });

  test('when a no-show can be reported, then it says until the end of the domain window; otherwise no date', () => {
    const confirmed = aBooking({ status: 'confirmed', startsAt, endsAt });
    const until = companyBookingActions(confirmed, at(endsAt)).noShowUntil;
    expect(until).toBe(at(endsAt, noShowReportDays * day).toISOString());
    expect(companyBookingActions(confirmed, at(startsAt, -1)).noShowUntil).toBeNull();
  });

  test('when the no-show window after the end has passed, then only feedback remains', () => {
    const completed = aBooking({ status: 'completed', startsAt, endsAt });
    const late = at(endsAt, noShowReportDays * day + 1);
    expect(companyBookingActions(completed, late)).toMatchObject({
      noShow: false,
      noShowUntil: null,
      feedback: true,
    });
  });

  test('when a confirmed session has started, then a no-show can be reported; before the start it cannot', () => {
    const confirmed = aBooking({ status: 'confirmed', startsAt, endsAt });
    expect(companyBookingActions(confirmed, at(startsAt)).noShow).toBe(true);
    expect(companyBookingActions(confirmed, at(startsAt, -1)).noShow).toBe(false);
  });

  test('when a booking awaits approval, then the company can approve until the session starts and decline it', () => {
    const requested = aBooking({ status: 'requested', startsAt, endsAt });
    expect(companyBookingActions(requested, at(startsAt, -day))).toMatchObject({
      approve: true,
      decline: true,
      noShow: false,
    });
    expect(companyBookingActions(requested, at(startsAt))).toMatchObject({
      approve: false,
      decline: true,
    });
  });
});
