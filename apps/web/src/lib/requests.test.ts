import { describe, expect, test } from 'vitest';
import { chosenYear, fillPerSchool, partLabel, yearOptions } from './requests';

const part = (schoolName: string, state: 'open' | 'proposed' | 'accepted') => ({
  id: crypto.randomUUID(),
  schoolId: null,
  schoolName,
  className: '3A',
  pupils: 20,
  occasion: 1,
  state,
  proposal: null,
});

describe('menu card helpers', () => {
  test('when a card has parts of two schools, then each school gets its own fill, merged requests left out', () => {
    const rows = fillPerSchool([
      { status: 'published', parts: [part('Nassau', 'accepted'), part('Beilen', 'open')] },
      { status: 'published', parts: [part('Nassau', 'open')] },
      { status: 'merged', parts: [part('Beilen', 'accepted')] },
    ]);
    expect(rows).toEqual([
      { school: 'Beilen', fill: { asked: 1, proposed: 0, accepted: 0, open: 1, rate: 0 } },
      { school: 'Nassau', fill: { asked: 2, proposed: 0, accepted: 1, open: 1, rate: 0.5 } },
    ]);
  });

  test('when the year in the address is no school year, then the current one is used', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    expect(chosenYear(new URL('http://x/?jaar=2027-2028'), now)).toBe('2027-2028');
    expect(chosenYear(new URL('http://x/?jaar=2027-2029'), now)).toBe('2026-2027');
    expect(yearOptions(now)).toEqual(['2025-2026', '2026-2027', '2027-2028', '2028-2029']);
  });

  test('when names are hidden, then a part is named by what is known', () => {
    const t = (_key: string, params: { occasion: number }) => `keer ${params.occasion}`;
    expect(partLabel({ schoolName: 'Nassau', className: '3A', occasion: 2 }, t)).toBe(
      'Nassau · 3A · keer 2',
    );
    expect(partLabel({ schoolName: null, className: null, occasion: 1 }, t)).toBe('keer 1');
  });
});
