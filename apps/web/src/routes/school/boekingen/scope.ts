/**
 * Which classes a school's bookings page shows (decision 021). `?klas=` says it: a class's id,
 * `mijn` for the caller's own classes, empty for all; without it, a teacher with classes of her
 * own sees those first and everyone else the whole school.
 */
export type BookingScope =
  { kind: 'all' } | { kind: 'mine'; classIds: string[] } | { kind: 'class'; classId: string };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const mineParam = 'mijn';

export function bookingScope(asked: string | null, myClassIds: readonly string[]): BookingScope {
  if (asked && uuid.test(asked)) return { kind: 'class', classId: asked };
  const wantsMine = asked === null || asked === mineParam;
  return wantsMine && myClassIds.length > 0
    ? { kind: 'mine', classIds: [...myClassIds] }
    : { kind: 'all' };
}

/** The `klas` value that keeps the scope while paging months (empty: all, on purpose). */
export const scopeParam = (scope: BookingScope): string =>
  scope.kind === 'class' ? scope.classId : scope.kind === 'mine' ? mineParam : '';

/** Whether a class is in the scope. */
export const inScope = (scope: BookingScope, classId: string): boolean =>
  scope.kind === 'all' ||
  (scope.kind === 'class' ? scope.classId === classId : scope.classIds.includes(classId));
