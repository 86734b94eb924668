import { randomUUID } from 'node:crypto';
import { toLocal } from '@stagebureau/domain';
import { aPublishedOfferWithSession, apiAs } from './apiSetup';

type Api = Awaited<ReturnType<typeof apiAs>>;

const afternoon = (daysAhead: number) => {
  const startsAt = new Date(Date.now() + daysAhead * 86_400_000);
  startsAt.setUTCHours(13, 0, 0, 0);
  return { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) };
};

export async function addSession(company: Api, offerId: string, daysAhead: number, seats: number) {
  const { startsAt, endsAt } = afternoon(daysAhead);
  const { session } = await company.call<{ session: { id: string } }>(
    'POST',
    `/offers/${offerId}/sessions`,
    { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), capacity: seats },
  );
  return session.id;
}

/** The id of a school user's school and of one of its classes, by name. */
export async function classOf(apiUrl: string, email: string, className: string) {
  const school = await apiAs(apiUrl, email);
  const me = await school.call<{ organisation: { id: string } }>('GET', '/me');
  const { items } = await school.call<{ items: { id: string; name: string; size: number }[] }>(
    'GET',
    `/schools/${me.organisation.id}/classes`,
  );
  const found = items.find((item) => item.name === className);
  if (!found) throw new Error(`no class ${className} for ${email}`);
  return { school, schoolId: me.organisation.id, classId: found.id, size: found.size };
}

export async function book(apiUrl: string, email: string, body: object) {
  const login = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'Welkom-bij-stagebureau-2026' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await fetch(`${apiUrl}/api/v1/bookings`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${accessToken}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`booking: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/**
 * A company session with one school booking, then cancelled by the company: the bureau's
 * queue gets a `session_cancelled_with_bookings` conflict; a second session of the same offer
 * is the suggested target.
 */
export async function aCancelledSessionWithABooking(apiUrl: string, title: string) {
  const { offerId, sessionId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 30,
    daysAhead: 205,
  });
  const company = await apiAs(apiUrl, 'hr@vanderveen.demo.nl');
  const targetSessionId = await addSession(company, offerId, 206, 30);
  const { classId } = await classOf(apiUrl, 'coordinator@csgbeilen.demo.nl', '3KB-PIE');
  const booking = await book(apiUrl, 'coordinator@csgbeilen.demo.nl', { sessionId, classId });
  await company.call('POST', `/sessions/${sessionId}/cancel`, { reason: 'Machine defect' });
  return { offerId, sessionId, targetSessionId, bookingId: booking.id };
}

/** A masterclass with two 30-seat sessions that three schools will want more of. */
export async function aScarceMasterclass(apiUrl: string, title: string) {
  const company = await apiAs(apiUrl, 'hr@vanderveen.demo.nl');
  const offer = await company.call<{ id: string }>('POST', '/offers', {
    type: 'masterclass',
    title,
    description: 'Lassen met een robot, in kleine groepen.',
    locationKind: 'at_company',
    street: 'Industrieweg 1',
    postcode: '9401 AA',
    city: 'Assen',
    durationMinutes: 120,
    contactName: 'Marieke van der Veen',
    contactEmail: 'hr@vanderveen.demo.nl',
    bookingMode: 'fixed_sessions',
    defaultSeats: 30,
    cancellationDeadlineHours: 24,
  });
  await company.call('POST', `/offers/${offer.id}/publish`);
  const first = await addSession(company, offer.id, 210, 30);
  const second = await addSession(company, offer.id, 211, 30);
  return { offerId: offer.id, sessionIds: [first, second] };
}

/** `2026-01-15T09:30:20`: an instant as typed in a datetime-local field with seconds. */
export function localInput(instant: Date): string {
  const { date, time } = toLocal(instant);
  // Amsterdam's offsets are whole minutes, so the seconds are the UTC seconds.
  const seconds = String(instant.getUTCSeconds()).padStart(2, '0');
  return `${date}T${time}:${seconds}`;
}
