import type { RegionSettings } from '../regionSettings';
import type { OfferType } from '../vocabulary';

/** Money is counted in integer euro cents; only presentation turns it into text. */
export type Cents = number;

type RateSettings = Pick<RegionSettings, 'inKindHourlyRateEuro'> & {
  inKindHourlyRateEuroByOfferType?: RegionSettings['inKindHourlyRateEuroByOfferType'];
};

/** The in-kind hourly rate for an offer type: its own region rate, else the region default. */
export function hourlyRateCentsFor(settings: RateSettings, offerType: OfferType): Cents {
  const euro =
    settings.inKindHourlyRateEuroByOfferType?.[offerType] ?? settings.inKindHourlyRateEuro;
  return Math.round(euro * 100);
}

/** One activity's in-kind value: hours × rate, rounded once to whole cents. */
export const inKindCents = (hours: number, rateCents: Cents): Cents =>
  Math.round(hours * rateCents);

export const euroToCents = (euro: number): Cents => Math.round(euro * 100);

/**
 * A number in Dutch notation: `.` groups thousands, `,` separates decimals (`1.234,56`).
 * Written out by hand so the output never depends on the runtime's ICU data.
 */
export function formatDutchDecimal(value: number, fractionDigits = 2): string {
  const scale = 10 ** fractionDigits;
  const scaled = Math.round(Math.abs(value) * scale);
  const whole = Math.floor(scaled / scale).toString();
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && scaled !== 0 ? '-' : '';
  if (fractionDigits === 0) return `${sign}${grouped}`;
  const fraction = (scaled % scale).toString().padStart(fractionDigits, '0');
  return `${sign}${grouped},${fraction}`;
}

/** Cents as Dutch euros without the sign: 123456 → `1.234,56`. */
export const formatCentsDutch = (cents: Cents): string => formatDutchDecimal(cents / 100, 2);

/** Cents as a plain decimal for machine CSV: 123456 → `1234.56`. */
export function formatCentsPlain(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${(abs % 100).toString().padStart(2, '0')}`;
}

/** `€ 1.234,56` */
export const formatEuro = (cents: Cents): string => `€ ${formatCentsDutch(cents)}`;
