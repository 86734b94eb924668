import { describe, expect, test } from 'vitest';
import { schoolYearChoices, schoolYearFrom } from './yearPlan';

describe('the school year of a year plan page', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  const at = (query: string) => new URL(`http://web/bedrijf/jaarplanning${query}`);

  test('when no or a malformed school year is asked for, then it is the current one', () => {
    expect(schoolYearFrom(at(''), now)).toBe('2026-2027');
    expect(schoolYearFrom(at('?schooljaar=2026-2028'), now)).toBe('2026-2027');
    expect(schoolYearFrom(at('?schooljaar=2024-2025'), now)).toBe('2024-2025');
  });

  test('when the selector is built, then it offers two years back and one ahead, and the asked one', () => {
    expect(schoolYearChoices('2026-2027', now)).toEqual([
      '2024-2025',
      '2025-2026',
      '2026-2027',
      '2027-2028',
    ]);
    expect(schoolYearChoices('2019-2020', now)[0]).toBe('2019-2020');
  });
});
