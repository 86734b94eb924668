import { demoPassword } from './browser';

/** Arranges data straight through the API, so a journey only clicks through what it tests. */
export async function apiAs(apiUrl: string, email: string) {
  const login = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (!login.ok) throw new Error(`login ${email}: ${login.status} ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${apiUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? null : await response.json()) as T;
  };
  return { call, token: accessToken };
}

/** A published offer of the demo company with one session, `daysAhead` days from now. */
export async function aPublishedOfferWithSession(
  apiUrl: string,
  options: {
    title: string;
    seats: number;
    daysAhead?: number;
    requiresApproval?: boolean;
    promotionMode?: 'auto_confirm' | 'offer';
    /** Who is invited; empty (the default) is everyone. */
    levels?: string[];
    schoolYears?: number[];
    /** Seats one school may hold in one session (default: the region's). */
    capPerSchoolPerSession?: number;
  },
) {
  const company = await apiAs(apiUrl, 'hr@vanderveen.demo.nl');
  const offer = await company.call<{ id: string }>('POST', '/offers', {
    type: 'company_visit',
    title: options.title,
    description: 'Een rondleiding door de werkplaats.',
    locationKind: 'at_company',
    street: 'Industrieweg 1',
    postcode: '9401 AA',
    city: 'Assen',
    durationMinutes: 120,
    contactName: 'Marieke van der Veen',
    contactEmail: 'hr@vanderveen.demo.nl',
    bookingMode: 'fixed_sessions',
    defaultSeats: options.seats,
    cancellationDeadlineHours: 24,
    requiresApproval: options.requiresApproval ?? false,
    promotionMode: options.promotionMode ?? null,
    levels: options.levels ?? [],
    schoolYears: options.schoolYears ?? [],
    capPerSchoolPerSession: options.capPerSchoolPerSession ?? null,
  });
  await company.call('POST', `/offers/${offer.id}/publish`);
  const startsAt = new Date(Date.now() + (options.daysAhead ?? 20) * 86_400_000);
  // Afternoon, far ahead: clear of the demo data's morning bookings for the same classes.
  startsAt.setUTCHours(13, 0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const { session } = await company.call<{ session: { id: string } }>(
    'POST',
    `/offers/${offer.id}/sessions`,
    { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), capacity: options.seats },
  );
  return { offerId: offer.id, sessionId: session.id, startsAt };
}

export const localDate = (daysAhead: number) =>
  new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

/** A published on-request guest lesson of the demo company, available every day 08:00–17:00. */
export async function anOnRequestOffer(apiUrl: string, title: string) {
  const company = await apiAs(apiUrl, 'hr@vanderveen.demo.nl');
  const offer = await company.call<{ id: string }>('POST', '/offers', {
    type: 'guest_lesson',
    title,
    description: 'Een vakman komt op school vertellen over het vak.',
    locationKind: 'at_school',
    durationMinutes: 60,
    contactName: 'Marieke van der Veen',
    contactEmail: 'hr@vanderveen.demo.nl',
    bookingMode: 'on_request',
    defaultSeats: 30,
    availability: {
      quota: 5,
      from: localDate(1),
      until: localDate(240),
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      timeWindows: [{ start: '08:00', end: '17:00' }],
    },
  });
  await company.call('POST', `/offers/${offer.id}/publish`);
  return offer.id;
}
