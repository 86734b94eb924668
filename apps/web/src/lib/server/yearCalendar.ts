import {
  addDays,
  maxPublicSessionsDays,
  publicSessionPageSchema,
  type PublicSessionListing,
} from '@stagebureau/domain';
import { monthBounds, type Month } from '$lib/calendarMonth';

/** The API's largest page of public sessions. */
const pageSize = 500;

export interface YearCalendarSession {
  id: string;
  offerId: string;
  offerTitle: string;
  companyName: string;
  localDate: string;
  localStartTime: string;
  localEndTime: string;
  freeSeats: number;
  capacity: number;
}

const toYearCalendarSession = (session: PublicSessionListing): YearCalendarSession => ({
  id: session.id,
  offerId: session.offerId,
  offerTitle: session.offerTitle,
  companyName: session.companyName,
  localDate: session.localDate,
  localStartTime: session.localStartTime,
  localEndTime: session.localEndTime,
  freeSeats: session.freeSeats,
  capacity: session.capacity,
});

const sessionsPath = (regionSlug: string) => `/public/regions/${regionSlug}/sessions`;

/**
 * Every public session of one month, from the region's public sessions list (page by page):
 * only aggregate free seats, nothing about schools.
 */
export async function loadMonthSessions(
  locals: App.Locals,
  regionSlug: string,
  month: Month,
): Promise<{ sessions: YearCalendarSession[] }> {
  const { from, to } = monthBounds(month);
  const sessions: YearCalendarSession[] = [];
  let total = 0;
  do {
    const page = await locals.api.get(sessionsPath(regionSlug), publicSessionPageSchema, {
      query: { from, to, limit: pageSize, offset: sessions.length },
      anonymous: true,
    });
    sessions.push(...page.items.map(toYearCalendarSession));
    total = page.total;
    // An empty page ends it too: the list shrank while we read it.
    if (page.items.length === 0) break;
  } while (sessions.length < total);
  return { sessions };
}

/**
 * The local dates of the region's next public sessions (from `today`, one page): enough to
 * find the month a calendar should open on.
 */
export async function nextSessionDates(
  locals: App.Locals,
  regionSlug: string,
  today: string,
): Promise<string[]> {
  const page = await locals.api.get(sessionsPath(regionSlug), publicSessionPageSchema, {
    query: { from: today, to: addDays(today, maxPublicSessionsDays), limit: 200 },
    anonymous: true,
  });
  return page.items.map((session) => session.localDate);
}
