import { cataloguePageSchema, publicOfferDetailSchema } from '@stagebureau/domain';
import { monthBounds, type Month } from '$lib/calendarMonth';

/** Enough for a region's month; beyond it the page says to filter in the catalogue. */
const maxOffers = 60;

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

/**
 * The public sessions of one month: the offers with a session in it (public catalogue), then
 * each offer's open sessions. Only aggregate free seats; nothing about schools.
 */
export async function loadMonthSessions(
  locals: App.Locals,
  regionSlug: string,
  month: Month,
): Promise<{ sessions: YearCalendarSession[]; truncated: boolean }> {
  const { from, to } = monthBounds(month);
  const base = `/public/regions/${regionSlug}/offers`;
  const offers = [];
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = await locals.api.get(
      base,
      cataloguePageSchema,
      { query: { from, to, limit: 100, cursor: cursor ?? undefined }, anonymous: true },
    );
    offers.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && offers.length < maxOffers);
  const details = await Promise.all(
    offers
      .slice(0, maxOffers)
      .map((offer) =>
        locals.api
          .get(`${base}/${offer.id}`, publicOfferDetailSchema, { anonymous: true })
          .catch(() => null),
      ),
  );
  const sessions = details.flatMap((offer) =>
    (offer?.sessions ?? [])
      .filter((session) => session.localDate >= from && session.localDate <= to)
      .map((session) => ({
        id: session.id,
        offerId: offer!.id,
        offerTitle: offer!.title,
        companyName: offer!.company.name,
        localDate: session.localDate,
        localStartTime: session.localStartTime,
        localEndTime: session.localEndTime,
        freeSeats: session.freeSeats,
        capacity: session.capacity,
      })),
  );
  return { sessions, truncated: offers.length > maxOffers || cursor !== null };
}

/**
 * The local dates of the region's next sessions (from `today`), read from one page of the
 * public catalogue's "next sessions": enough to find the month a calendar should open on.
 */
export async function nextSessionDates(
  locals: App.Locals,
  regionSlug: string,
  today: string,
): Promise<string[]> {
  const page = await locals.api.get(`/public/regions/${regionSlug}/offers`, cataloguePageSchema, {
    query: { from: today, limit: 100 },
    anonymous: true,
  });
  return page.items.flatMap((offer) => offer.nextSessions.map((session) => session.localDate));
}
