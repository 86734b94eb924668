import { describe, expect, test } from 'vitest';
import { auditChanges } from './auditChanges';

describe('audit changes', () => {
  test('when a status changes, then only that field is listed with both values', () => {
    expect(
      auditChanges({ status: 'confirmed', seats: 22 }, { status: 'cancelled', seats: 22 }),
    ).toEqual([{ field: 'status', from: 'confirmed', to: 'cancelled' }]);
  });

  test('when an object is created, then every field shows as new', () => {
    expect(auditChanges(null, { seats: 3, name: 'x' })).toEqual([
      { field: 'name', from: '—', to: 'x' },
      { field: 'seats', from: '—', to: '3' },
    ]);
  });
});
