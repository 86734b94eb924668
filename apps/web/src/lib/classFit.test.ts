import { describe, expect, test } from 'vitest';
import type { SchoolClass } from '@stagebureau/domain';
import { classesFor } from './classFit';

const aClass = (name: string, values: Partial<SchoolClass>): SchoolClass => ({
  id: crypto.randomUUID(),
  organisationId: crypto.randomUUID(),
  name,
  educationLevel: 'vmbo-kb',
  schoolYear: 3,
  vmboProfile: 'BWI',
  size: 24,
  locationId: null,
  archivedAt: null,
  createdAt: '2026-09-01T08:00:00.000Z',
  teachers: [],
  ...values,
});

describe('which classes a booking form offers', () => {
  test('when some classes are not invited, then only the fitting ones are offered and the others are named with what does not fit', () => {
    const offer = { levels: ['vmbo-kb'], schoolYears: [3], vmboProfiles: ['BWI'] };
    const { classes, unfitClasses } = classesFor(offer, [
      aClass('3KB-a', {}),
      aClass('4H', { educationLevel: 'havo', vmboProfile: null, schoolYear: 4 }),
      aClass('2KB', { schoolYear: 2 }),
      aClass('3KB-PIE', { vmboProfile: 'PIE' }),
    ]);
    expect(classes.map((c) => c.name)).toEqual(['3KB-a']);
    expect(unfitClasses).toEqual([
      { name: '4H', mismatch: 'level' },
      { name: '2KB', mismatch: 'schoolYear' },
      { name: '3KB-PIE', mismatch: 'vmboProfile' },
    ]);
  });

  test('when the offer invites everyone, then every class is offered', () => {
    const offer = { levels: [], schoolYears: [], vmboProfiles: [] };
    const result = classesFor(offer, [aClass('1A', { educationLevel: 'vwo', schoolYear: 1 })]);
    expect(result.unfitClasses).toEqual([]);
    expect(result.classes).toHaveLength(1);
  });
});
