import {
  fromLocal,
  offerDetailSchema,
  organisationListSchema,
  schoolClassListSchema,
  sessionSchema,
  toLocal,
} from '@stagebureau/domain';

export interface RoundSession {
  id: string;
  offerId: string;
  offerTitle: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  freeSeats: number;
  status: string;
}

/** The sessions of a round with their offer's title, in date order. */
export async function roundSessions(
  locals: App.Locals,
  sessionIds: string[],
): Promise<RoundSession[]> {
  const sessions = await Promise.all(
    sessionIds.map((id) => locals.api.get(`/sessions/${id}`, sessionSchema)),
  );
  const offerIds = [...new Set(sessions.map((session) => session.offerId))];
  const offers = await Promise.all(
    offerIds.map((id) => locals.api.get(`/offers/${id}`, offerDetailSchema)),
  );
  const titleOf = new Map(offers.map((offer) => [offer.id, offer.title]));
  return sessions
    .map((session) => ({
      id: session.id,
      offerId: session.offerId,
      offerTitle: titleOf.get(session.offerId) ?? '',
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      capacity: session.capacity,
      freeSeats: session.freeSeats,
      status: session.status,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Names of the region's schools and of their classes, for the bureau's round pages. */
export async function schoolAndClassNames(locals: App.Locals, schoolIds: string[]) {
  const { items } = await locals.api.get('/organisations', organisationListSchema, {
    query: { kind: 'school' },
  });
  const schools = Object.fromEntries(items.map((school) => [school.id, school.name]));
  const classLists = await Promise.all(
    [...new Set(schoolIds)].map((id) =>
      locals.api.get(`/schools/${id}/classes`, schoolClassListSchema),
    ),
  );
  const classes = Object.fromEntries(
    classLists
      .flatMap((list) => list.items)
      .map((schoolClass) => [schoolClass.id, schoolClass.name]),
  );
  return { schools, classes };
}

/** `2026-03-01T09:00` or `…T09:00:30` typed in Amsterdam → an ISO instant; else left for zod. */
export function windowInstant(local: unknown): unknown {
  if (typeof local !== 'string') return local;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return local;
  const start = fromLocal({ date: match[1]!, time: match[2]! });
  return new Date(start.getTime() + Number(match[3] ?? 0) * 1000).toISOString();
}

/** An instant as the value of a datetime-local input (Amsterdam, to the minute). */
export function windowInput(instant: Date): string {
  const { date, time } = toLocal(instant);
  return `${date}T${time}`;
}
