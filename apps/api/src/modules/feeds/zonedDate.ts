import { tzOffset } from '@date-fns/tz';

const dayMs = 86_400_000;
const minuteMs = 60_000;
/** UTC days remembered per zone; a feed spans two years, so this is never reached in practice. */
const maxDays = 20_000;
const offsetsByZone = new Map<string, Map<number, number | null>>();

/**
 * The zone's UTC offset in minutes at `ms`, looked up once per UTC day: when the offset is the
 * same at the day's first and last millisecond it holds all day (zones change at most once a
 * day); on a day with a change every instant is looked up. Each look-up is an Intl call.
 */
export function offsetMinutes(zone: string, ms: number): number {
  let days = offsetsByZone.get(zone);
  if (!days) offsetsByZone.set(zone, (days = new Map()));
  const day = Math.floor(ms / dayMs);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = tzOffset(zone, new Date(day * dayMs));
    const last = tzOffset(zone, new Date(day * dayMs + dayMs - 1));
    offset = first === last ? first : null;
    if (days.size >= maxDays) days.clear();
    days.set(day, offset);
  }
  return offset ?? tzOffset(zone, new Date(ms));
}

/**
 * An instant that ical-generator writes as wall-clock time in its zone (`DTSTART;TZID=…`):
 * it reads a TZDate's local getters, so this is a TZDate as far as ical-generator looks at one
 * (`internal`, `withTimeZone`, `tzComponents`), without @date-fns/tz's two Intl calls per new
 * date (a third of a 2,000-event feed's render). `zonedDate.test.ts` holds it to TZDate.
 */
export class ZonedDate extends Date {
  /** The wall-clock time in the zone, as a UTC date (as TZDate keeps it). */
  readonly internal: Date;
  private readonly offset: number;

  constructor(
    ms: number,
    readonly timeZone: string,
  ) {
    super(ms);
    this.offset = offsetMinutes(timeZone, ms);
    this.internal = new Date(ms + this.offset * minuteMs);
  }

  withTimeZone(zone: string): ZonedDate {
    return zone === this.timeZone ? this : new ZonedDate(this.getTime(), zone);
  }

  /** Sign, hours and minutes of the offset, as TZDate gives them. */
  tzComponents(): [string, string, string] {
    const minutes = Math.abs(this.offset);
    return [
      this.offset < 0 ? '-' : '+',
      String(Math.floor(minutes / 60)).padStart(2, '0'),
      String(minutes % 60).padStart(2, '0'),
    ];
  }

  override getFullYear() {
    return this.internal.getUTCFullYear();
  }
  override getMonth() {
    return this.internal.getUTCMonth();
  }
  override getDate() {
    return this.internal.getUTCDate();
  }
  override getDay() {
    return this.internal.getUTCDay();
  }
  override getHours() {
    return this.internal.getUTCHours();
  }
  override getMinutes() {
    return this.internal.getUTCMinutes();
  }
  override getSeconds() {
    return this.internal.getUTCSeconds();
  }
  override getTimezoneOffset() {
    return -this.offset;
  }
}
