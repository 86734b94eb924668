import { describe, expect, it } from 'vitest';
import { conflictTypes } from '../vocabulary';
import {
  actionKindsFor,
  checkConflictAction,
  closeConflict,
  compareConflicts,
  conflictAgeMinutes,
  conflictSeverityOf,
} from './queue';

describe('conflict queue rules', () => {
  it('when a session with bookings is cancelled, then the conflict is the most severe kind', () => {
    expect(conflictSeverityOf.session_cancelled_with_bookings).toBe('high');
    expect(conflictSeverityOf.no_show_reported).toBe('low');
  });

  it('when conflicts are queued, then the most severe come first and, within a severity, the oldest', () => {
    const queued = [
      { id: 'c', severity: 'low' as const, createdAt: new Date('2026-01-01') },
      { id: 'b', severity: 'high' as const, createdAt: new Date('2026-01-03') },
      { id: 'a', severity: 'high' as const, createdAt: new Date('2026-01-02') },
      { id: 'd', severity: 'medium' as const, createdAt: new Date('2026-01-02') },
    ];
    expect([...queued].sort(compareConflicts).map((c) => c.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('when two conflicts are equally severe and old, then the id decides (a total order)', () => {
    const at = new Date('2026-01-01');
    const first = { id: 'x1', severity: 'medium' as const, createdAt: at };
    const second = { id: 'x2', severity: 'medium' as const, createdAt: at };
    expect(compareConflicts(first, second)).toBeLessThan(0);
    expect(compareConflicts(second, first)).toBeGreaterThan(0);
  });

  it('when the age is computed, then it is whole minutes and never negative', () => {
    const created = new Date('2026-01-01T10:00:00Z');
    expect(conflictAgeMinutes(created, new Date('2026-01-01T11:30:59Z'))).toBe(90);
    expect(conflictAgeMinutes(created, new Date('2026-01-01T09:59:00Z'))).toBe(0);
  });

  it('when any type is listed, then resolve and dismiss are always possible', () => {
    for (const type of conflictTypes) {
      expect(actionKindsFor[type]).toEqual(expect.arrayContaining(['resolve', 'dismiss']));
    }
  });

  it('when an open conflict is resolved or dismissed, then it moves to that status', () => {
    const open = { type: 'late_cancellation' as const, status: 'open' as const };
    expect(closeConflict(open, 'resolved')).toEqual({ ok: true, value: 'resolved' });
    expect(closeConflict(open, 'dismissed')).toEqual({ ok: true, value: 'dismissed' });
  });

  it('when a closed conflict is resolved again, then it is an invalid transition', () => {
    const closed = { type: 'late_cancellation' as const, status: 'resolved' as const };
    expect(closeConflict(closed, 'resolved')).toMatchObject({
      ok: false,
      code: 'invalid_transition',
    });
    expect(closeConflict({ ...closed, status: 'dismissed' }, 'resolved')).toMatchObject({
      ok: false,
      code: 'invalid_transition',
    });
  });

  it('when an action does not fit the type, then it is refused', () => {
    const noShow = { type: 'no_show_reported' as const, status: 'open' as const };
    expect(checkConflictAction(noShow, 'move_booking')).toMatchObject({
      ok: false,
      code: 'invalid_transition',
    });
    const capRequest = { type: 'cap_exception_requested' as const, status: 'open' as const };
    expect(checkConflictAction(capRequest, 'grant_cap_exception')).toEqual({
      ok: true,
      value: true,
    });
  });
});
