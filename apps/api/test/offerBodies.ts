import type { OfferType } from '@stagebureau/domain';

/** A valid create-offer body (what a company's form posts), with overrides. */
export const anOfferBody = (overrides: Record<string, unknown> = {}) => ({
  type: 'company_visit' as OfferType,
  title: 'Rondleiding werkplaats',
  description: 'Een ochtend meekijken in de werkplaats.',
  levels: ['vmbo-kb', 'vmbo-gl'],
  schoolYears: [3, 4],
  vmboProfiles: ['PIE'],
  sectorTags: ['maken'],
  locationKind: 'at_company',
  street: 'Industrieweg 1',
  postcode: '9401ab',
  city: 'Assen',
  durationMinutes: 120,
  requirements: 'Veiligheidsschoenen',
  minimumAge: 14,
  contactName: 'Jan de Vries',
  contactEmail: 'Jan@Bedrijf.test',
  bookingMode: 'fixed_sessions',
  defaultSeats: 30,
  ...overrides,
});

/** Availability for an on-request offer: Tuesdays and Thursdays 08:30–16:00 in spring 2030. */
export const anAvailability = (overrides: Record<string, unknown> = {}) => ({
  quota: 2,
  from: '2030-02-01',
  until: '2030-05-31',
  weekdays: [2, 4],
  timeWindows: [{ start: '08:30', end: '16:00' }],
  ...overrides,
});
