import type { FeedScope } from '../vocabulary';
import {
  listedBookingStatuses,
  type BookedItem,
  type CalendarEvent,
  type FeedBooking,
  type SessionItem,
} from './feedItems';
import { placementRecurrence } from './recurrence';
import { bookingLine, contactLine, offerTypeLabelsNl, paragraph, placeOf, seatsText } from './text';

/** UIDs never change for an object: calendars match updates and cancellations on them. */
const uidDomain = 'stagebureau.nl';
export const bookingUid = (bookingId: string) => `booking-${bookingId}@${uidDomain}`;
export const sessionUid = (sessionId: string) => `session-${sessionId}@${uidDomain}`;

/** Where the web app shows an object. */
export const webLinks = {
  booking: (webUrl: string, bookingId: string) => `${webUrl}/boekingen/${bookingId}`,
  offer: (webUrl: string, offerId: string) => `${webUrl}/aanbod/${offerId}`,
};

/** A school's booking as one event: the class, its teachers and what to bring. */
export function bookingEvent(item: BookedItem, webUrl: string): CalendarEvent {
  const { booking, session, offer } = item;
  const cancelled = booking.status === 'cancelled' || session.status === 'cancelled';
  const reason = booking.statusReason ?? session.cancelReason;
  const label = offerTypeLabelsNl[offer.type];
  const url = webLinks.booking(webUrl, booking.id);
  const place = placeOf(offer, item.schoolAddress);
  const className = booking.className ?? 'docentenstage';
  return {
    uid: bookingUid(booking.id),
    // Both counters only grow, so their sum grows with every change of either.
    sequence: booking.sequence + session.sequence,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    summary: `${cancelled ? 'Geannuleerd: ' : ''}${label}: ${offer.title} – ${className}`,
    description: paragraph([
      cancelled && `GEANNULEERD${reason ? `: ${reason}` : ''}`,
      `${label} bij ${offer.companyName}`,
      `Klas: ${className} (${seatsText(booking.seats)})`,
      booking.teachers.length > 0 && `Begeleiders: ${booking.teachers.join(', ')}`,
      offer.requirements && `Meenemen: ${offer.requirements}`,
      `Contact: ${contactLine(offer)}`,
      place.location && `Locatie: ${place.location}`,
      `Bekijk in Stagebureau: ${url}`,
    ]),
    ...place,
    start: session.startsAt,
    end: session.endsAt,
    stamp: item.changedAt,
    url,
  };
}

/**
 * A session as one event. For its company and the bureau (`organiser`) it lists who booked;
 * for the public year calendar it shows only the free seats, never a school.
 */
export function sessionEvent(
  item: SessionItem,
  audience: 'organiser' | 'public',
  webUrl: string,
): CalendarEvent {
  const { session, offer } = item;
  const cancelled = session.status === 'cancelled';
  const label = offerTypeLabelsNl[offer.type];
  const url = webLinks.offer(webUrl, offer.id);
  const freeSeats = Math.max(0, session.capacity - session.bookedSeats);
  const listed = audience === 'organiser' ? item.bookings.filter(isListed) : [];
  const place = placeOf(offer, audience === 'organiser' ? item.schoolAddress : null);
  // An internship place repeats on its working days instead of spanning weeks and nights.
  const recurrence = item.place ? placementRecurrence(item.place) : null;
  return {
    uid: sessionUid(session.id),
    sequence: session.sequence + item.bookingActivity,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    summary:
      `${cancelled ? 'Geannuleerd: ' : ''}${label}: ${offer.title}` +
      (audience === 'public' ? ` – ${offer.companyName}` : ''),
    description: paragraph([
      cancelled && `GEANNULEERD${session.cancelReason ? `: ${session.cancelReason}` : ''}`,
      `${label} bij ${offer.companyName}`,
      audience === 'public'
        ? `Vrije plaatsen: ${freeSeats} van ${session.capacity}`
        : `Geboekt: ${session.bookedSeats} van ${session.capacity} plaatsen`,
      listed.length > 0 &&
        ['Geboekt door:', ...listed.map((b) => `- ${bookingLine(b)}`)].join('\n'),
      offer.requirements && `Meenemen: ${offer.requirements}`,
      `Contact: ${contactLine(offer)}`,
      place.location && `Locatie: ${place.location}`,
      `Bekijk in Stagebureau: ${url}`,
    ]),
    ...place,
    start: recurrence?.start ?? session.startsAt,
    end: recurrence?.end ?? session.endsAt,
    rrule: recurrence?.rrule ?? null,
    stamp: item.changedAt,
    url,
  };
}

const isListed = (booking: FeedBooking) =>
  (listedBookingStatuses as readonly string[]).includes(booking.status);

const scopeNouns: Record<FeedScope, string> = {
  school: 'school',
  class: 'klas',
  company: 'bedrijf',
  offer: 'aanbod',
  region: 'regio',
};

/** X-WR-CALNAME: what the subscriber sees in the calendar list. */
export function feedCalendarName(scope: FeedScope, scopeName: string): string {
  return scope === 'school' || scope === 'company'
    ? `Stagebureau – ${scopeName}`
    : `Stagebureau – ${scopeNouns[scope]} ${scopeName}`;
}

export const publicCalendarName = (regionName: string) =>
  `Stagebureau ${regionName} – jaarkalender`;
