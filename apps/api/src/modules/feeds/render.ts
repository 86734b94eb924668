import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { timeZone, vtimezoneFor, type CalendarFeed } from '@stagebureau/domain';

export const icalContentType = 'text/calendar; charset=utf-8';

/** Calendar clients should look again every hour (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const refreshSeconds = 60 * 60;

/** TEXT escaping (RFC 5545 §3.3.11) for the calendar name, which ical-generator writes raw. */
const escapeText = (text: string) =>
  text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');

/**
 * ical-generator (10.2) folds lines by encoding every single character with a new
 * TextEncoder only to learn its UTF-8 length: a 2,000-event school feed spent most of its
 * 3.6 s build there (bench CPU profile). Its `toString()` is synchronous, so for that call
 * only we lend it an encoder that computes the same length without allocating.
 */
class Utf8LengthOnly {
  encode(char: string): { length: number } {
    const code = char.codePointAt(0) ?? 0;
    // A lone surrogate encodes as U+FFFD (3 bytes), as TextEncoder does.
    return { length: code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4 };
  }
}

function withCheapFolding<T>(render: () => T): T {
  const encoder = globalThis.TextEncoder;
  globalThis.TextEncoder = Utf8LengthOnly as unknown as typeof TextEncoder;
  try {
    return render();
  } finally {
    globalThis.TextEncoder = encoder;
  }
}

/** Renders a feed as iCalendar text: times in Europe/Amsterdam with its VTIMEZONE. */
export function renderCalendar(feed: CalendarFeed): string {
  const calendar = ical({
    prodId: { company: 'Stagebureau', product: 'Stagebureau', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    name: escapeText(feed.name),
    // No calendar-level zone name: with one, ical-generator would write DTSTAMP without `Z`.
    timezone: { name: null, generator: vtimezoneFor },
    ttl: refreshSeconds,
    x: { 'X-WR-TIMEZONE': timeZone },
  });
  for (const event of feed.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      // A TZDate carries its zone, so the wall-clock time written does not depend on the
      // server's TZ setting.
      start: new TZDate(event.start.getTime(), timeZone),
      end: new TZDate(event.end.getTime(), timeZone),
      timezone: timeZone,
      stamp: event.stamp,
      lastModified: event.stamp,
      summary: event.summary,
      description: event.description,
      location: event.location
        ? event.geo
          ? { title: event.location, geo: event.geo }
          : event.location
        : null,
      url: event.url,
      // RRULE written as given: UNTIL in UTC, as RFC 5545 requires beside a DTSTART with TZID.
      repeating: event.rrule ? `RRULE:${event.rrule}` : null,
      status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return withCheapFolding(() => calendar.toString());
}
