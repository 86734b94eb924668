import type { YearPlan, YearPlanItem } from '../contracts/yearPlan';
import type {
  BookedItem,
  FeedBooking,
  FeedOffer,
  FeedSession,
  SessionItem,
} from '../ical/feedItems';
import type { PlacementItem } from '../ical/placementEvents';
import { placeOf } from '../ical/text';
import { hoursPerDay, workingDays } from '../placements/rules';
import type { PlacementStatus } from '../placements/vocabulary';
import { monthOf, schoolYearRange } from '../reports/calendar';
import type { BookingStatus } from '../vocabulary';

/**
 * Bookings that put a class in a year plan: the ones it holds or held. Waiting, declined and
 * cancelled bookings were never a commitment; a no-show did not take place.
 */
export const yearPlanBookingStatuses = [
  'requested',
  'confirmed',
  'completed',
] as const satisfies readonly BookingStatus[];

/**
 * Placements in a year plan: proposed (awaiting the company, marked like a requested booking)
 * and the ones accepted, signed or completed. Declined and cancelled ones are no commitment.
 */
export const yearPlanPlacementStatuses = [
  'proposed',
  'accepted',
  'signed',
  'completed',
] as const satisfies readonly PlacementStatus[];

/** A plan item with its start still an instant, for grouping by month. */
export interface YearPlanEntry {
  startsAt: Date;
  item: YearPlanItem;
}

/** Hours rounded to hundredths, like the co-financing report, so sums do not drift. */
const roundHours = (hours: number) => Math.round(hours * 100) / 100;
const sumHours = (hours: readonly number[]) => hours.reduce((sum, h) => roundHours(sum + h), 0);

/** A session's length in hours: wall time, so a multi-day session counts its whole span. */
export const sessionHours = (startsAt: Date, endsAt: Date): number =>
  roundHours((endsAt.getTime() - startsAt.getTime()) / 3_600_000);

const classOf = (booking: FeedBooking) => ({
  name: booking.className ?? 'docentenstage',
  school: booking.schoolName,
  status: booking.status,
});

const isPlanned = (booking: FeedBooking) =>
  (yearPlanBookingStatuses as readonly string[]).includes(booking.status);

function itemOf(
  {
    session,
    offer,
  }: { session: Pick<FeedSession, 'id' | 'startsAt' | 'endsAt'>; offer: FeedOffer },
  schoolAddress: SessionItem['schoolAddress'],
) {
  return {
    sessionId: session.id,
    offerId: offer.id,
    title: offer.title,
    type: offer.type,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    location: placeOf(offer, schoolAddress).location,
    companyName: offer.companyName,
    placement: null,
  };
}

/**
 * A company's session in its plan. Its hours are the offer's in-kind hours per session: what the
 * co-financing report counts once per session, however many classes come.
 */
export function companyPlanEntry(item: SessionItem, inKindHours: number): YearPlanEntry {
  return {
    startsAt: item.session.startsAt,
    item: {
      ...itemOf(item, item.schoolAddress),
      bookingId: null,
      classes: item.bookings.filter(isPlanned).map(classOf),
      hours: roundHours(inKindHours),
    },
  };
}

/** A school's booking in its plan: the class's time away from its lessons, in hours. */
export function schoolPlanEntry(item: BookedItem): YearPlanEntry {
  return {
    startsAt: item.session.startsAt,
    item: {
      ...itemOf(item, item.schoolAddress),
      bookingId: item.booking.id,
      classes: [classOf(item.booking)],
      hours: sessionHours(item.session.startsAt, item.session.endsAt),
    },
  };
}

/**
 * A placement in a company's or school's plan: one item per placement. Its hours are its
 * working days × the hours of a working day: the supervision a company plans, the time a pupil
 * or teacher is away.
 */
export function placementPlanEntry(item: PlacementItem): YearPlanEntry {
  const { placement, place, session, offer } = item;
  const terms = { startsOn: placement.startsOn, endsOn: placement.endsOn, ...place };
  const days = workingDays(terms).length;
  return {
    startsAt: session.startsAt,
    item: {
      ...itemOf({ session, offer }, null),
      bookingId: item.booking.id,
      classes: [],
      hours: roundHours(days * hoursPerDay(place)),
      placement: {
        id: placement.id,
        status: placement.status,
        participantKind: item.participant.kind,
        className: item.participant.kind === 'pupil' ? item.participant.className : null,
        schoolName: item.schoolName,
        startsOn: placement.startsOn,
        endsOn: placement.endsOn,
        weekdays: [...place.weekdays].sort((a, b) => a - b),
        dayStarts: place.dayStarts,
        dayEnds: place.dayEnds,
        workingDays: days,
      },
    },
  };
}

/** The twelve `YYYY-MM` months of a school year in Amsterdam, August to July. */
export function monthsOfSchoolYear(schoolYear: string): string[] {
  const first = monthOf(schoolYearRange(schoolYear).from);
  const [year, month] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const index = month - 1 + i;
    const y = year + Math.floor(index / 12);
    return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * The year plan: every month of the school year (empty ones too, so a printed plan shows the
 * whole year), each with its items in time order and its hours. An entry belongs to the month its
 * session starts in, in Amsterdam time; one that starts outside the school year is left out.
 */
export function yearPlanOf(
  organisation: YearPlan['organisation'],
  schoolYear: string,
  entries: readonly YearPlanEntry[],
): YearPlan {
  const { from, until } = schoolYearRange(schoolYear);
  const byMonth = new Map(
    monthsOfSchoolYear(schoolYear).map((month) => [month, [] as YearPlanEntry[]]),
  );
  for (const entry of entries) {
    if (entry.startsAt < from || entry.startsAt >= until) continue;
    byMonth.get(monthOf(entry.startsAt))!.push(entry);
  }
  const months = [...byMonth].map(([month, inMonth]) => {
    const items = [...inMonth]
      .sort(
        (a, b) =>
          a.startsAt.getTime() - b.startsAt.getTime() ||
          a.item.title.localeCompare(b.item.title) ||
          (a.item.bookingId ?? a.item.sessionId).localeCompare(
            b.item.bookingId ?? b.item.sessionId,
          ),
      )
      .map((entry) => entry.item);
    return { month, items, hours: sumHours(items.map((item) => item.hours)) };
  });
  return {
    organisation,
    schoolYear,
    months,
    totalHours: sumHours(months.map((month) => month.hours)),
    totalItems: months.reduce((count, month) => count + month.items.length, 0),
    totalPlacements: months.reduce(
      (count, month) => count + month.items.filter((item) => item.placement).length,
      0,
    ),
  };
}

/** X-WR-CALNAME of a year plan's .ics. */
export const yearPlanCalendarName = (organisationName: string, schoolYear: string) =>
  `Stagebureau – jaarplanning ${schoolYear} – ${organisationName}`;
