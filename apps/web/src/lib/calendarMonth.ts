/** A calendar month, `month` 1–12. Pure date arithmetic on local `YYYY-MM-DD` strings. */
export interface Month {
  year: number;
  month: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

export const monthKey = ({ year, month }: Month): string => `${year}-${pad(month)}`;

/** `?maand=2026-03`, or the month of `today` (a local date) when absent or malformed. */
export function parseMonth(value: string | null | undefined, today: string): Month {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (year >= 2000 && year <= 2100 && month >= 1 && month <= 12) return { year, month };
  }
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
}

export function shiftMonth({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysOfMonth({ year, month }: Month): string[] {
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: count }, (_, day) => `${year}-${pad(month)}-${pad(day + 1)}`);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** First and last local date of the month, for `from`/`to` filters. */
export function monthBounds(month: Month): { from: string; to: string } {
  const days = daysOfMonth(month);
  return { from: days[0]!, to: days[days.length - 1]! };
}

/**
 * The month a calendar opens on when none was asked for: today's month if anything happens
 * in it, else the first later month that has something (local `YYYY-MM-DD` dates), else
 * today's. Nobody should land on an empty month while their bookings are next month.
 */
export function monthToOpen(dates: readonly string[], today: string): Month {
  const current = parseMonth(null, today);
  const first = dates
    .filter((date) => date.slice(0, 7) >= monthKey(current))
    .sort()
    .at(0);
  return first ? parseMonth(first.slice(0, 7), today) : current;
}
