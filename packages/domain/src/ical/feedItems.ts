import type { BookingStatus, LocationKind, OfferType, SessionStatus } from '../vocabulary';
import type { WorkingPattern } from './recurrence';

/** Cancelled items stay in feeds this long after they were cancelled or ended, so clients
 * that refresh rarely still see `STATUS:CANCELLED` and remove them. */
export const cancelledFeedItemRetentionDays = 60;
/** Feeds show items that ended at most this long ago; older ones drop out of the feed. */
export const feedHistoryDays = 365;
/** Booking statuses that put a booking in a school's calendar (cancelled ones as cancelled). */
export const feedBookingStatuses = [
  'confirmed',
  'completed',
  'no_show',
  'cancelled',
] as const satisfies readonly BookingStatus[];

/** Bookings that hold seats: a company's list of who booked shows these. */
export const listedBookingStatuses = [
  'confirmed',
  'completed',
  'no_show',
] as const satisfies readonly BookingStatus[];

const dayMs = 86_400_000;

/** The time bounds of a feed at `now`: what ended before `historyFrom` is gone, and a cancelled
 * item stays while its cancellation or its end is on or after `cancelledKeptFrom`. */
export function feedWindow(now: Date): { historyFrom: Date; cancelledKeptFrom: Date } {
  return {
    historyFrom: new Date(now.getTime() - feedHistoryDays * dayMs),
    cancelledKeptFrom: new Date(now.getTime() - cancelledFeedItemRetentionDays * dayMs),
  };
}

export interface Address {
  street: string | null;
  postcode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface FeedOffer extends Address {
  id: string;
  type: OfferType;
  title: string;
  companyName: string;
  locationKind: LocationKind;
  requirements: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
}

export interface FeedSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  cancelReason: string | null;
  capacity: number;
  bookedSeats: number;
  /** Bumped by the sessions module on every change of the session. */
  sequence: number;
}

export interface FeedBooking {
  id: string;
  status: BookingStatus;
  statusReason: string | null;
  seats: number;
  teachers: string[];
  /** Bumped by the bookings module on every change of the booking. */
  sequence: number;
  schoolName: string;
  /** Null for a teacher's own placement (docentenstage): no class goes. */
  className: string | null;
}

/** One booking as a school sees it: the school's own event. */
export interface BookedItem {
  booking: FeedBooking;
  session: FeedSession;
  offer: FeedOffer;
  /** Where the class is taught (its location, else the school): the place of a guest lesson. */
  schoolAddress: Address;
  /** When any of the rows behind the item last changed. */
  changedAt: Date;
}

/** One session as its company, the bureau or the public sees it. */
export interface SessionItem {
  session: FeedSession;
  offer: FeedOffer;
  /** Live bookings to list (empty for the public calendar: no school data). */
  bookings: FeedBooking[];
  /** Σ (booking.sequence + 1) over every booking the session ever had: grows with each booking
   * and each booking change, never shrinks (bookings are never deleted). */
  bookingActivity: number;
  /** The school's address when exactly one school is booked at an `at_school` offer. */
  schoolAddress: Address | null;
  /** An internship place's period, days and hours: the event repeats on its working days. */
  place?: WorkingPattern | null;
  changedAt: Date;
}

export interface CalendarEvent {
  uid: string;
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED';
  summary: string;
  description: string;
  location: string | null;
  geo: { lat: number; lon: number } | null;
  start: Date;
  end: Date;
  /** RRULE value (without `RRULE:`) when the event repeats from `start`–`end`. */
  rrule?: string | null;
  /** DTSTAMP: the item's last change, so an unchanged feed renders byte for byte the same. */
  stamp: Date;
  url: string;
}

export interface CalendarFeed {
  name: string;
  events: CalendarEvent[];
}
