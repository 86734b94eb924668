import { timeZone } from './vocabulary';

/** Wall-clock date and time in Europe/Amsterdam, the product's only local zone. */
export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
}

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * Wall-clock fields of an instant, remembered: formatToParts is slow and the catalogue and
 * feeds convert the same session times on every request (bench CPU profile). Bounded.
 */
const remembered = new Map<number, Record<string, string>>();
const rememberedMax = 20_000;

function fieldsOf(instant: Date): Record<string, string> {
  const key = instant.getTime();
  const known = remembered.get(key);
  if (known) return known;
  const fields = Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
  if (remembered.size >= rememberedMax) remembered.clear();
  remembered.set(key, fields);
  return fields;
}

/** The Amsterdam offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function offsetMinutesAt(instant: Date): number {
  const f = fieldsOf(instant);
  const asUtc = Date.UTC(+f.year!, +f.month! - 1, +f.day!, +f.hour!, +f.minute!, +f.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The local wall-clock date and time of an instant. */
export function toLocal(instant: Date): LocalDateTime {
  const f = fieldsOf(instant);
  return { date: `${f.year}-${f.month}-${f.day}`, time: `${f.hour}:${f.minute}` };
}

/**
 * The instant a local wall-clock time denotes. A time skipped by the spring change
 * (02:30 on the last Sunday of March) is read with the winter offset, so it lands an hour
 * later in summer time; a time that occurs twice in autumn takes the first (summer) one.
 */
export function fromLocal(local: LocalDateTime): Date {
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = local.time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const candidates = [naive - offsetMinutesAt(new Date(naive - 180 * 60_000)) * 60_000];
  candidates.push(naive - offsetMinutesAt(new Date(naive + 180 * 60_000)) * 60_000);
  const exact = candidates
    .filter((t) => {
      const back = toLocal(new Date(t));
      return back.date === local.date && back.time === local.time;
    })
    .sort((a, b) => a - b);
  return new Date(exact[0] ?? candidates[0]!);
}

/** ISO weekday of a `YYYY-MM-DD` calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
