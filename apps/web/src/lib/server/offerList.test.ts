import { describe, expect, test } from 'vitest';
import type { CatalogueItem } from '@stagebureau/domain';
import { fakeLocals } from './fakeApi';
import { loadAllOffers } from './offerList';

const anOffer = (index: number): CatalogueItem => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  type: 'company_visit',
  status: 'published',
  title: `Aanbod ${index}`,
  description: '',
  company: { id: '11111111-1111-4111-8111-111111111111', name: 'Van der Veen' },
  levels: [],
  schoolYears: [],
  vmboProfiles: [],
  sectorTags: [],
  locationKind: 'at_company',
  street: null,
  postcode: null,
  city: null,
  durationMinutes: 120,
  requirements: '',
  minimumAge: null,
  bookingMode: 'fixed_sessions',
  requiresApproval: false,
  opensAt: null,
  nextSessions: [],
  freeSeats: 0,
  distanceKm: null,
});

describe("a company's offers, every page", () => {
  test('when the company has more offers than a page holds, then the cursor is followed to the end and the query kept', async () => {
    const all = Array.from({ length: 230 }, (_, index) => anOffer(index));
    const queries: string[] = [];
    const { locals } = fakeLocals({
      'GET /offers': (url: URL) => {
        queries.push(url.search);
        const start = Number(url.searchParams.get('cursor') ?? 0);
        const limit = Number(url.searchParams.get('limit'));
        const end = start + limit;
        return { items: all.slice(start, end), nextCursor: end < all.length ? String(end) : null };
      },
    });
    const offers = await loadAllOffers(locals, { mine: 'true' });
    expect(offers.map((offer) => offer.id)).toEqual(all.map((offer) => offer.id));
    expect(queries).toHaveLength(3);
    expect(queries.every((query) => query.includes('mine=true'))).toBe(true);
  });
});
