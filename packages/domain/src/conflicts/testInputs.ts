import type { CandidateSession, InvolvedBooking, OfferProfile } from './suggestions';

/** Small builders for the conflict domain tests. */
export const day = (n: number, hour = 9) => new Date(Date.UTC(2026, 2, n, hour));
export const now = day(1, 8);

export const anOfferProfile = (overrides: Partial<OfferProfile> = {}): OfferProfile => ({
  id: 'offer-a',
  type: 'company_visit',
  levels: ['vmbo-kb'],
  schoolYears: [3],
  vmboProfiles: [],
  sectorTags: ['techniek'],
  ...overrides,
});

export const aCandidate = (
  id: string,
  startsAt: Date,
  overrides: Partial<Omit<CandidateSession, 'offer'>> & {
    offer?: Partial<CandidateSession['offer']>;
  } = {},
): CandidateSession => ({
  id,
  startsAt,
  endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
  capacity: 30,
  bookedSeats: 0,
  status: 'scheduled',
  schoolId: null,
  ...overrides,
  offer: { ...anOfferProfile(), title: 'Bezoek', status: 'published', ...overrides.offer },
});

export const anInvolvedBooking = (overrides: Partial<InvolvedBooking> = {}): InvolvedBooking => ({
  id: 'booking-1',
  sessionId: 'origin',
  schoolId: 'school-1',
  classId: 'class-1',
  seats: 20,
  status: 'cancelled',
  startsAt: day(10),
  endsAt: day(10, 11),
  class: { educationLevel: 'vmbo-kb', schoolYear: 3, vmboProfile: null },
  ...overrides,
});
