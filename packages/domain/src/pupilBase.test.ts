import { describe, expect, it } from 'vitest';
import { pc4Of } from './geography/postcodeAreas';
import { pupilBaseOf } from './pupilBase';
import { coverageReport } from './reports/coverage';

describe('the pupils a school counts for', () => {
  it('when DUO counted the school, then its count wins over the class seats', () => {
    expect(pupilBaseOf(40, { pupils: 812, schoolYear: '2025-2026' })).toEqual({
      pupils: 812,
      source: 'duo',
      schoolYear: '2025-2026',
    });
  });

  it('when there is no DUO count (or it is zero), then the class seats count', () => {
    expect(pupilBaseOf(40, undefined)).toEqual({ pupils: 40, source: 'classes', schoolYear: null });
    expect(pupilBaseOf(40, { pupils: 0, schoolYear: '2025-2026' }).source).toBe('classes');
  });

  it('when coverage is reported, then each school shows its seats per pupil', () => {
    const activity = {
      schoolId: 's1',
      educationLevel: 'vmbo-kb' as const,
      vmboProfile: null,
      sectorTags: [],
      offerType: 'company_visit' as const,
      startsAt: new Date('2026-10-01T08:00:00Z'),
      seats: 25,
    };
    const report = coverageReport(
      [activity],
      [
        { id: 's1', name: 'A', pupils: pupilBaseOf(20, { pupils: 100, schoolYear: '2026-2027' }) },
        { id: 's2', name: 'B', pupils: pupilBaseOf(0, undefined) },
      ],
      ['vmbo-kb'],
    );
    expect(report.bySchool.map((s) => [s.name, s.pupils, s.pupilSource, s.seatsPerPupil])).toEqual([
      ['A', 100, 'duo', 0.25],
      ['B', 0, 'classes', null],
    ]);
  });
});

describe('postcode areas', () => {
  it('when a postcode is given in any usual form, then its 4 digits are its area; else none', () => {
    expect(pc4Of('9401 AB')).toBe('9401');
    expect(pc4Of('9401ab')).toBe('9401');
    expect(pc4Of(' 9401 ')).toBe('9401');
    expect(pc4Of('0401 AB')).toBeNull();
    expect(pc4Of('94011')).toBeNull();
    expect(pc4Of(null)).toBeNull();
  });
});
