import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { timeZone, vtimezoneFor, type CalendarFeed } from '@stagebureau/domain';

/** Calendar clients should look again every hour (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const refreshSeconds = 60 * 60;

/** TEXT escaping (RFC 5545 §3.3.11) for the calendar name, which ical-generator writes raw. */
const escapeText = (text: string) =>
  text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');

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
      status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
