import { describe, expect, it } from 'vitest';
import { sessionOpenTo } from './index';

describe('sessionOpenTo', () => {
  const school = '00000000-0000-4000-8000-000000000001';
  const other = '00000000-0000-4000-8000-000000000002';

  it('when a session is public, then it is open to every school and to callers without one', () => {
    const session = { schoolId: null };
    expect(sessionOpenTo(session, school)).toBe(true);
    expect(sessionOpenTo(session, other)).toBe(true);
    expect(sessionOpenTo(session, null)).toBe(true);
  });

  it('when a session is private to a school, then it is open to that school only', () => {
    const session = { schoolId: school };
    expect(sessionOpenTo(session, school)).toBe(true);
    expect(sessionOpenTo(session, other)).toBe(false);
    expect(sessionOpenTo(session, null)).toBe(false);
  });
});
