import { describe, expect, test } from 'vitest';
import { bookingScope, inScope, scopeParam } from './scope';

const mine = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const other = '33333333-3333-4333-8333-333333333333';

describe("a school's bookings page: which classes it shows", () => {
  test('when a teacher with classes opens it without asking, then it shows her classes, and paging keeps them', () => {
    const scope = bookingScope(null, mine);
    expect(scope).toEqual({ kind: 'mine', classIds: mine });
    expect(inScope(scope, mine[1]!)).toBe(true);
    expect(inScope(scope, other)).toBe(false);
    expect(scopeParam(scope)).toBe('mijn');
  });

  test('when she asks for all classes (the empty choice), then it shows the whole school and paging keeps that', () => {
    const scope = bookingScope('', mine);
    expect(scope).toEqual({ kind: 'all' });
    expect(inScope(scope, other)).toBe(true);
    expect(scopeParam(scope)).toBe('');
  });

  test('when nobody assigned classes, then the default and even "mijn" show the whole school', () => {
    expect(bookingScope(null, [])).toEqual({ kind: 'all' });
    expect(bookingScope('mijn', [])).toEqual({ kind: 'all' });
  });

  test('when one class is asked, then only that one, whoever teaches it; a malformed id is ignored', () => {
    const scope = bookingScope(other, mine);
    expect(scope).toEqual({ kind: 'class', classId: other });
    expect(inScope(scope, mine[0]!)).toBe(false);
    expect(scopeParam(scope)).toBe(other);
    expect(bookingScope('not-a-class', mine)).toEqual({ kind: 'all' });
  });
});
