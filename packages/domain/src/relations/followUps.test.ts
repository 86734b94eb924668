import { describe, expect, it } from 'vitest';
import {
  applyFollowUpChange,
  followUpStatusOf,
  needsReminder,
  sortForOwner,
  type FollowUpRow,
} from './followUps';

const today = '2027-03-10';
const now = new Date('2027-03-10T09:00:00Z');
const row = (over: Partial<FollowUpRow> = {}): FollowUpRow => ({
  description: 'Bellen',
  dueOn: today,
  doneAt: null,
  ownerId: 'owner',
  remindedAt: null,
  ...over,
});

describe('followUpStatusOf', () => {
  it('when a follow-up is due before, on or after today, then overdue, due or open; done wins', () => {
    expect(followUpStatusOf(row({ dueOn: '2027-03-09' }), today)).toBe('overdue');
    expect(followUpStatusOf(row(), today)).toBe('due');
    expect(followUpStatusOf(row({ dueOn: '2027-03-11' }), today)).toBe('open');
    expect(followUpStatusOf(row({ dueOn: '2027-03-09', doneAt: now }), today)).toBe('done');
  });
});

describe('needsReminder', () => {
  it('when open, due today or earlier and not reminded yet, then it needs its reminder', () => {
    expect(needsReminder(row(), today)).toBe(true);
    expect(needsReminder(row({ dueOn: '2027-03-01' }), today)).toBe(true);
  });
  it('when due later, done or already reminded, then no reminder', () => {
    expect(needsReminder(row({ dueOn: '2027-03-11' }), today)).toBe(false);
    expect(needsReminder(row({ doneAt: now }), today)).toBe(false);
    expect(needsReminder(row({ remindedAt: now }), today)).toBe(false);
  });
});

describe('sortForOwner', () => {
  it('when some are overdue, then those come first, then by due day', () => {
    const list = [
      row({ description: 'later', dueOn: '2027-04-01' }),
      row({ description: 'today' }),
      row({ description: 'late', dueOn: '2027-03-01' }),
      row({ description: 'later still late', dueOn: '2027-03-05' }),
    ];
    expect(sortForOwner(list, today).map((f) => f.description)).toEqual([
      'late',
      'later still late',
      'today',
      'later',
    ]);
  });
});

describe('applyFollowUpChange', () => {
  it('when marked done, then done now; when reopened, then done is cleared', () => {
    expect(applyFollowUpChange(row(), { done: true }, now)).toEqual({
      ok: true,
      value: { doneAt: now },
    });
    expect(applyFollowUpChange(row({ doneAt: now }), { done: false }, now)).toEqual({
      ok: true,
      value: { doneAt: null },
    });
  });
  it('when the due day moves later after a reminder, then the reminder is cleared to send again', () => {
    const reminded = row({ remindedAt: now });
    expect(applyFollowUpChange(reminded, { dueOn: '2027-03-20' }, now)).toEqual({
      ok: true,
      value: { dueOn: '2027-03-20', remindedAt: null },
    });
    expect(applyFollowUpChange(reminded, { dueOn: '2027-03-01' }, now)).toEqual({
      ok: true,
      value: { dueOn: '2027-03-01' },
    });
  });
  it('when nothing is given, then validation fails', () => {
    expect(applyFollowUpChange(row(), {}, now).ok).toBe(false);
  });
});
