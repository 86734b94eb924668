import { describe, expect, it } from 'vitest';
import {
  checkQuota,
  decideProposal,
  optionsOutsideAvailability,
  type Availability,
} from './availability';
import { offerVisibleTo, transitionOffer } from './offerLifecycle';

const availability: Availability = {
  quota: 2,
  from: '2030-02-01',
  until: '2030-05-31',
  weekdays: [2, 4],
  timeWindows: [{ start: '08:30', end: '16:00' }],
};
const now = new Date('2030-01-01T00:00:00Z');
const option = (startsAt: string, endsAt: string) => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

describe('optionsOutsideAvailability', () => {
  it('when an option is on an available weekday inside a window, then it fits', () => {
    expect(
      optionsOutsideAvailability(
        [option('2030-03-05T09:00:00+01:00', '2030-03-05T11:00:00+01:00')],
        availability,
        now,
      ),
    ).toEqual([]);
  });

  it('when options miss the weekday, the window, the period or lie in the past, then each is named', () => {
    const outside = optionsOutsideAvailability(
      [
        option('2030-03-06T09:00:00+01:00', '2030-03-06T11:00:00+01:00'),
        option('2030-03-05T15:00:00+01:00', '2030-03-05T17:00:00+01:00'),
        option('2030-06-04T09:00:00+02:00', '2030-06-04T11:00:00+02:00'),
      ],
      availability,
      now,
    );
    expect(outside.map((o) => o.index)).toEqual([0, 1, 2]);
    expect(
      optionsOutsideAvailability(
        [option('2030-03-05T09:00:00+01:00', '2030-03-05T11:00:00+01:00')],
        availability,
        new Date('2030-04-01'),
      ),
    ).toHaveLength(1);
  });
});

describe('quota and decisions', () => {
  it('when the quota is used up, then quota_reached', () => {
    expect(checkQuota(1, availability)).toEqual({ ok: true, value: 0 });
    expect(checkQuota(2, availability)).toMatchObject({ ok: false, code: 'quota_reached' });
  });

  it('when a proposal was already decided or the option does not exist, then refused', () => {
    expect(decideProposal({ status: 'declined', optionCount: 2 }, { accept: false })).toMatchObject(
      { code: 'invalid_transition' },
    );
    expect(
      decideProposal({ status: 'pending', optionCount: 2 }, { accept: true, optionIndex: 2 }),
    ).toMatchObject({ code: 'validation_failed' });
    expect(
      decideProposal({ status: 'pending', optionCount: 2 }, { accept: true, optionIndex: 1 }),
    ).toEqual({ ok: true, value: 'accepted' });
  });
});

describe('offer lifecycle', () => {
  const offer = {
    status: 'draft' as const,
    bookingMode: 'fixed_sessions' as const,
    availability: null,
  };
  it('when moving along draft → published → archived, then allowed; backwards never', () => {
    expect(transitionOffer(offer, 'published')).toEqual({ ok: true, value: 'published' });
    expect(transitionOffer({ ...offer, status: 'published' }, 'archived').ok).toBe(true);
    expect(transitionOffer({ ...offer, status: 'archived' }, 'published')).toMatchObject({
      code: 'invalid_transition',
    });
    expect(transitionOffer({ ...offer, status: 'published' }, 'draft')).toMatchObject({
      code: 'invalid_transition',
    });
    expect(transitionOffer({ ...offer, bookingMode: 'on_request' }, 'published')).toMatchObject({
      code: 'validation_failed',
    });
  });

  it('when someone other than owner or bureau looks at a draft, then it is invisible', () => {
    const draft = { organisationId: 'c1', status: 'draft' as const };
    expect(offerVisibleTo({ role: 'teacher', organisationId: 's1' }, draft)).toBe(false);
    expect(offerVisibleTo({ role: 'company_member', organisationId: 'c1' }, draft)).toBe(true);
    expect(offerVisibleTo({ role: 'bureau_staff', organisationId: null }, draft)).toBe(true);
    expect(
      offerVisibleTo({ role: 'teacher', organisationId: 's1' }, { ...draft, status: 'published' }),
    ).toBe(true);
  });
});
