import type { Booking, Offer } from '@stagebureau/domain';
import { createApiClient } from './api';

/**
 * For unit tests of load functions and actions: `App.Locals` whose API client answers from a
 * table of `METHOD /path` → JSON body instead of the network, and records what was asked.
 */
export function fakeLocals(answers: Record<string, unknown>, language: 'nl' | 'en' = 'nl') {
  const asked: string[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const key = `${init?.method ?? 'GET'} ${url.pathname.replace(/^\/api\/v1/, '')}`;
    asked.push(key);
    if (!(key in answers)) return new Response('{}', { status: 404 });
    // An answer may depend on the query (a page of a list): then it is a function of the URL.
    const answer = answers[key];
    return Response.json(typeof answer === 'function' ? answer(url) : answer);
  };
  const api = createApiClient({
    baseUrl: 'http://api.test',
    language,
    session: { read: () => ({ accessToken: 'token', refreshToken: null }), write: () => {} },
    fetch: fetch as typeof globalThis.fetch,
  });
  const locals: App.Locals = { language, api, me: null, sessionTrouble: null };
  return { locals, asked };
}

/** A booking as the API answers it; override what the test is about. */
export const aBooking = (values: Partial<Booking> = {}): Booking => ({
  id: '11111111-1111-4111-8111-111111111111',
  sessionId: '22222222-2222-4222-8222-222222222222',
  offerId: '33333333-3333-4333-8333-333333333333',
  offerTitle: 'Lassen en solderen',
  school: { id: '44444444-4444-4444-8444-444444444444', name: 'Noorderpoort' },
  class: {
    id: '55555555-5555-4555-8555-555555555555',
    name: '3B',
    educationLevel: 'vmbo-kb',
    schoolYear: 3,
  },
  contact: null,
  seats: 22,
  teachers: [],
  note: '',
  status: 'confirmed',
  cancellationDeadlineHours: 48,
  waitlistPosition: null,
  holdExpiresAt: null,
  statusReason: null,
  startsAt: '2027-03-10T09:00:00.000Z',
  endsAt: '2027-03-10T12:00:00.000Z',
  sequence: 0,
  createdAt: '2027-01-10T09:00:00.000Z',
  updatedAt: '2027-01-10T09:00:00.000Z',
  ...values,
});

/** An offer as the API answers it. */
export const anOffer = (values: Partial<Offer> = {}): Offer => ({
  id: '33333333-3333-4333-8333-333333333333',
  organisationId: '77777777-7777-4777-8777-777777777777',
  companyName: 'Bouw BV',
  status: 'published',
  type: 'workshop',
  title: 'Lassen en solderen',
  description: 'In de werkplaats',
  levels: ['vmbo-kb'],
  schoolYears: [3],
  vmboProfiles: [],
  sectorTags: [],
  locationKind: 'online',
  street: null,
  postcode: null,
  city: null,
  latitude: null,
  longitude: null,
  durationMinutes: 180,
  requirements: '',
  minimumAge: null,
  contactName: 'Jan',
  contactEmail: 'jan@bouw.test',
  contactPhone: null,
  bookingMode: 'fixed_sessions',
  requiresApproval: false,
  defaultSeats: 30,
  capPerSchoolPerSession: null,
  capPerSchoolPerOffer: null,
  opensAt: null,
  cancellationDeadlineHours: 48,
  inKindHoursPerSession: 0,
  promotionMode: null,
  waitlistEnabled: true,
  availability: null,
  createdAt: '2027-01-01T09:00:00.000Z',
  updatedAt: '2027-01-01T09:00:00.000Z',
  ...values,
});
