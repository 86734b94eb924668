import { describe, expect, it } from 'vitest';
import type { BlackoutPeriod } from '../blackout';
import {
  decidePartProposal,
  fillOf,
  hoursAsked,
  mergeProblems,
  momentProblems,
  partsFor,
  requestFitsCompany,
  requestTermsProblems,
  signUpOpen,
} from './rules';

const now = new Date('2026-11-30T10:00:00Z');
const terms = {
  periodFrom: '2027-02-01',
  periodUntil: '2027-03-26',
  weekdays: [3],
  partOfDay: 'afternoon' as const,
  signUpDeadline: '2027-01-15',
};
const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('request terms', () => {
  it('when the period and deadline are in order, then there is nothing to say', () => {
    expect(requestTermsProblems(terms, now)).toEqual([]);
  });

  it('when the period is inverted, in the past, or the deadline falls after it, then each field is named', () => {
    expect(paths(requestTermsProblems({ ...terms, periodUntil: '2027-01-01' }, now))).toContain(
      'body.periodUntil',
    );
    expect(paths(requestTermsProblems({ ...terms, periodFrom: '2026-11-29' }, now))).toContain(
      'body.periodFrom',
    );
    expect(paths(requestTermsProblems({ ...terms, signUpDeadline: '2027-04-01' }, now))).toEqual([
      'body.signUpDeadline',
    ]);
  });

  it('when the period straddles the summer, then it must lie in one school year', () => {
    expect(
      requestTermsProblems(
        {
          ...terms,
          periodFrom: '2027-06-01',
          periodUntil: '2027-09-30',
          signUpDeadline: '2027-05-01',
        },
        now,
      ),
    ).toEqual([{ path: 'body.periodUntil', message: 'the period must lie in one school year' }]);
  });
});

describe('parts, fill and hours', () => {
  it('when two classes are asked for three occasions each, then there are six parts numbered per class', () => {
    const parts = partsFor(
      [
        { id: 'a', organisationId: 's1' },
        { id: 'b', organisationId: 's2' },
      ],
      3,
    );
    expect(parts).toHaveLength(6);
    expect(parts.filter((p) => p.classId === 'b').map((p) => p.occasion)).toEqual([1, 2, 3]);
    expect(hoursAsked(2, parts.length)).toBe(12);
  });

  it('when one of three parts is accepted and one proposed, then the fill rate counts the accepted one', () => {
    expect(fillOf(['accepted', 'proposed', 'open'])).toEqual({
      asked: 3,
      proposed: 1,
      accepted: 1,
      open: 1,
      rate: 0.33,
    });
    expect(fillOf([]).rate).toBe(0);
  });
});

describe('signing up', () => {
  const open = {
    cardStatus: 'published',
    requestStatus: 'published',
    signUpDeadline: '2027-01-15',
  } as const;

  it('when the card and request are published and the deadline has not passed, then a sign-up is open, also on the deadline day', () => {
    expect(signUpOpen(open, now).ok).toBe(true);
    expect(signUpOpen(open, new Date('2027-01-15T22:00:00Z')).ok).toBe(true);
  });

  it('when the deadline has passed, the card is closed or the request is not published, then sign_up_closed', () => {
    for (const [window, at] of [
      [open, new Date('2027-01-15T23:30:00Z')],
      [{ ...open, cardStatus: 'closed' }, now],
      [{ ...open, requestStatus: 'submitted' }, now],
    ] as const) {
      const outcome = signUpOpen(window, at);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.code).toBe('sign_up_closed');
    }
  });

  it('when moments fall on another weekday, in the morning, outside the period or in the school’s holiday, then each is named', () => {
    const school = { id: 'school', holidayRegion: 'noord' as const };
    const holiday: BlackoutPeriod = {
      id: 'h',
      kind: 'school_holiday',
      name: 'Voorjaarsvakantie',
      holidayRegion: 'noord',
      schoolId: null,
      startsOn: '2027-02-13',
      endsOn: '2027-02-21',
    };
    const at = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);
    const moment = (date: string, start: string, end: string) => ({
      startsAt: at(date, start),
      endsAt: at(date, end),
      school,
    });
    const problems = momentProblems(
      [
        moment('2027-02-03', '13:00', '15:00'),
        moment('2027-02-04', '13:00', '15:00'),
        moment('2027-02-10', '09:00', '11:00'),
        moment('2027-04-07', '13:00', '15:00'),
        moment('2027-02-17', '13:00', '15:00'),
      ],
      terms,
      [holiday],
      now,
    );
    expect(paths(problems)).toEqual([
      'body.parts.1.startsAt',
      'body.parts.2.startsAt',
      'body.parts.3.startsAt',
      'body.parts.4.startsAt',
    ]);
    expect(problems[3]!.message).toBe('falls in Voorjaarsvakantie');
  });

  it('when a company names no sectors of the request, then the request does not fit it; a request without sectors fits all', () => {
    expect(requestFitsCompany({ sectorTags: ['energie'] }, { sectorTags: ['bouwen'] })).toBe(false);
    expect(
      requestFitsCompany({ sectorTags: ['energie'] }, { sectorTags: ['bouwen', 'energie'] }),
    ).toBe(true);
    expect(requestFitsCompany({ sectorTags: [] }, { sectorTags: [] })).toBe(true);
  });
});

describe('deciding and merging', () => {
  it('when a proposal was already decided, then it cannot be accepted again; an accepted one can still be withdrawn', () => {
    expect(decidePartProposal('proposed', 'accepted').ok).toBe(true);
    expect(decidePartProposal('accepted', 'declined').ok).toBe(false);
    expect(decidePartProposal('declined', 'accepted').ok).toBe(false);
    expect(decidePartProposal('accepted', 'withdrawn').ok).toBe(true);
  });

  it('when requests differ in type or card, or one is already merged, then the merge names each', () => {
    const target = { id: 't', type: 'guest_lesson', menuCardId: 'c', status: 'published' } as const;
    expect(
      paths(
        mergeProblems(target, [
          { ...target, id: 'a' },
          { ...target, id: 'b', type: 'workshop' },
          { ...target, id: 'c', menuCardId: 'other' },
          { ...target, id: 'd', status: 'merged' },
          target,
        ]),
      ),
    ).toEqual(['body.requestIds.1', 'body.requestIds.2', 'body.requestIds.3', 'body.requestIds.4']);
  });
});
