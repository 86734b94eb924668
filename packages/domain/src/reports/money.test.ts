import { describe, expect, it } from 'vitest';
import { defaultRegionSettings } from '../regionSettings';
import {
  formatCentsDutch,
  formatCentsPlain,
  formatDutchDecimal,
  formatEuro,
  hourlyRateCentsFor,
  inKindCents,
} from './money';

describe('money in cents and Dutch notation', () => {
  it('when an offer type has its own rate, then it applies; otherwise the region default', () => {
    const settings = {
      ...defaultRegionSettings,
      inKindHourlyRateEuro: 60,
      inKindHourlyRateEuroByOfferType: { company_visit: 45.5 },
    };
    expect(hourlyRateCentsFor(settings, 'company_visit')).toBe(4550);
    expect(hourlyRateCentsFor(settings, 'guest_lesson')).toBe(6000);
    expect(hourlyRateCentsFor({ inKindHourlyRateEuro: 70 }, 'workshop')).toBe(7000);
  });

  it('when hours are fractional, then the amount is rounded once to whole cents', () => {
    expect(inKindCents(1.5, 6000)).toBe(9000);
    expect(inKindCents(1.1, 6000)).toBe(6600);
    expect(inKindCents(1 / 3, 4550)).toBe(1517);
  });

  it('when numbers are formatted the Dutch way, then dots group thousands and a comma separates decimals', () => {
    expect(formatDutchDecimal(1234.56)).toBe('1.234,56');
    expect(formatDutchDecimal(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatDutchDecimal(0.5, 1)).toBe('0,5');
    expect(formatDutchDecimal(-1234, 0)).toBe('-1.234');
    expect(formatCentsDutch(123456)).toBe('1.234,56');
    expect(formatCentsDutch(5)).toBe('0,05');
    expect(formatCentsPlain(123456)).toBe('1234.56');
    expect(formatEuro(600000)).toBe('€ 6.000,00');
  });
});
