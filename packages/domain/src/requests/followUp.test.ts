import { describe, expect, it } from 'vitest';
import {
  followUpPlan,
  inFollowUpWindow,
  reminderDaysBeforeDeadline,
  type FollowUpCompany,
  type FollowUpRequest,
} from './followUp';

// Monday 1 February 2027, 09:00 in Amsterdam.
const now = new Date('2027-02-01T08:00:00Z');
const request = (values: Partial<FollowUpRequest> = {}): FollowUpRequest => ({
  id: 'r1',
  cardStatus: 'published',
  requestStatus: 'published',
  signUpDeadline: '2027-02-05',
  sectorTags: ['techniek'],
  parts: [
    { id: 'p1', state: 'open' },
    { id: 'p2', state: 'proposed' },
    { id: 'p3', state: 'open' },
  ],
  unfilledRaised: false,
  ...values,
});
const company = (id: string, values: Partial<FollowUpCompany> = {}): FollowUpCompany => ({
  id,
  status: 'active',
  sectorTags: ['techniek'],
  ...values,
});
const none = new Map<string, Set<string>>();

describe('inFollowUpWindow', () => {
  const window = { cardStatus: 'published', requestStatus: 'published' } as const;
  it('when the deadline is today or within the reminder days, then the request is followed up', () => {
    expect(reminderDaysBeforeDeadline).toBe(7);
    expect(inFollowUpWindow({ ...window, signUpDeadline: '2027-02-01' }, now)).toBe(true);
    expect(inFollowUpWindow({ ...window, signUpDeadline: '2027-02-08' }, now)).toBe(true);
  });

  it('when the deadline is further away or passed, then not', () => {
    expect(inFollowUpWindow({ ...window, signUpDeadline: '2027-02-09' }, now)).toBe(false);
    expect(inFollowUpWindow({ ...window, signUpDeadline: '2027-01-31' }, now)).toBe(false);
  });

  it('when the card or the request is not published, then not: nobody can sign up', () => {
    expect(
      inFollowUpWindow({ ...window, cardStatus: 'draft', signUpDeadline: '2027-02-03' }, now),
    ).toBe(false);
    expect(
      inFollowUpWindow({ ...window, requestStatus: 'closed', signUpDeadline: '2027-02-03' }, now),
    ).toBe(false);
  });

  it('when the Amsterdam date is already the next day, then that date counts', () => {
    // 23:30 UTC on 31 January is 00:30 on 1 February in Amsterdam.
    const late = new Date('2027-01-31T23:30:00Z');
    expect(inFollowUpWindow({ ...window, signUpDeadline: '2027-01-31' }, late)).toBe(false);
  });
});

describe('followUpPlan', () => {
  it('when companies fit, then each active one is reminded once of the open parts', () => {
    const plan = followUpPlan({
      now,
      requests: [request()],
      companies: [
        company('c1'),
        company('c2', { sectorTags: ['zorg'] }),
        company('c3', { status: 'suspended' }),
        company('c4', { sectorTags: ['zorg', 'techniek'] }),
      ],
      reminded: none,
    });
    expect(plan.reminders).toEqual([
      { requestId: 'r1', companyId: 'c1', partIds: ['p1', 'p3'] },
      { requestId: 'r1', companyId: 'c4', partIds: ['p1', 'p3'] },
    ]);
  });

  it('when a request names no sector, then every active company fits', () => {
    const plan = followUpPlan({
      now,
      requests: [request({ sectorTags: [] })],
      companies: [company('c1', { sectorTags: [] }), company('c2', { sectorTags: ['zorg'] })],
      reminded: none,
    });
    expect(plan.reminders.map((r) => r.companyId)).toEqual(['c1', 'c2']);
  });

  it('when a company was reminded of some parts, then it hears only of the others, and not at all when none are left', () => {
    const reminded = new Map([
      ['p1', new Set(['c1', 'c2'])],
      ['p3', new Set(['c2'])],
    ]);
    const plan = followUpPlan({
      now,
      requests: [request()],
      companies: [company('c1'), company('c2')],
      reminded,
    });
    expect(plan.reminders).toEqual([{ requestId: 'r1', companyId: 'c1', partIds: ['p3'] }]);
  });

  it('when a request has open parts in its window, then it is raised to the bureau once with its fill', () => {
    const plan = followUpPlan({ now, requests: [request()], companies: [], reminded: none });
    expect(plan.unfilled).toEqual([
      { requestId: 'r1', fill: { asked: 3, proposed: 1, accepted: 0, open: 2, rate: 0 } },
    ]);
    const again = followUpPlan({
      now,
      requests: [request({ unfilledRaised: true })],
      companies: [],
      reminded: none,
    });
    expect(again.unfilled).toEqual([]);
  });

  it('when every part is taken or the deadline is far, then nothing happens', () => {
    const taken = request({
      parts: [
        { id: 'p1', state: 'accepted' },
        { id: 'p2', state: 'proposed' },
      ],
    });
    const far = request({ id: 'r2', signUpDeadline: '2027-03-01' });
    const plan = followUpPlan({
      now,
      requests: [taken, far],
      companies: [company('c1')],
      reminded: none,
    });
    expect(plan).toEqual({ reminders: [], unfilled: [] });
  });

  it('when the window is set wider, then a further deadline is followed up', () => {
    const plan = followUpPlan({
      now,
      requests: [request({ signUpDeadline: '2027-02-15' })],
      companies: [company('c1')],
      reminded: none,
      days: 14,
    });
    expect(plan.reminders).toHaveLength(1);
  });
});
