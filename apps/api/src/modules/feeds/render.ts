import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { timeZone, vtimezoneFor, type CalendarEvent, type CalendarFeed } from '@stagebureau/domain';
import { foldLine } from './fold';
import { ZonedDate } from './zonedDate';

export const icalContentType = 'text/calendar; charset=utf-8';

/** Calendar clients should look again every hour (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const refreshSeconds = 60 * 60;

/** TEXT escaping (RFC 5545 §3.3.11) for the calendar name, which ical-generator writes raw. */
const escapeText = (text: string) =>
  text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');

/** Folds each line of `text` that needs it; short lines are copied as they are. */
function fold(text: string): string {
  let folded = '';
  let copied = 0;
  for (let start = 0; start < text.length;) {
    const found = text.indexOf('\r\n', start);
    const end = found < 0 ? text.length : found;
    if (end - start > 24) {
      const line = foldLine(text.slice(start, end));
      if (line.length !== end - start) {
        folded += text.slice(copied, start) + line;
        copied = end;
      }
    }
    start = end + 2;
  }
  return copied === 0 ? text : folded + text.slice(copied);
}

function addEvent(calendar: ICalCalendar, event: CalendarEvent) {
  return calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    // A zoned date carries its zone, so the wall-clock time written does not depend on the
    // server's TZ setting.
    start: new ZonedDate(event.start.getTime(), timeZone),
    end: new ZonedDate(event.end.getTime(), timeZone),
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

/** The feed as an ical-generator calendar, every event added. */
export function calendarOf(feed: CalendarFeed) {
  const calendar = ical({
    prodId: { company: 'Stagebureau', product: 'Stagebureau', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    name: escapeText(feed.name),
    // No calendar-level zone name: with one, ical-generator would write DTSTAMP without `Z`.
    timezone: { name: null, generator: vtimezoneFor },
    ttl: refreshSeconds,
    x: { 'X-WR-TIMEZONE': timeZone },
  });
  for (const event of feed.events) addEvent(calendar, event);
  return calendar;
}

/**
 * Renders a feed as iCalendar text: times in Europe/Amsterdam with its VTIMEZONE. The bytes
 * are `calendarOf(feed).toString()`'s, faster.
 *
 * ical-generator's `toString()` folds the whole text one character at a time (most of a
 * 2,000-event feed's render, bench CPU profile). So each event is rendered on its own
 * (`ICalEvent.toString()`) and folded line by line by `foldLine`, which writes the same bytes,
 * and the events take the place of the first one in ical-generator's text of the calendar
 * with that event alone (header, VTIMEZONE, footer).
 */
export function renderCalendar(feed: CalendarFeed): string {
  const events = calendarOf(feed).events();
  if (events.length === 0) return calendarOf(feed).toString();
  const texts = events.map((event) => fold(event.toString()));
  const shell = calendarOf({ name: feed.name, events: feed.events.slice(0, 1) }).toString();
  const at = shell.indexOf(texts[0]!);
  return shell.slice(0, at) + texts.join('') + shell.slice(at + texts[0]!.length);
}
