import { cataloguePageSchema, type CatalogueItem } from '@stagebureau/domain';

/** The catalogue's largest page. */
const pageSize = 100;

/**
 * Every offer the logged-in catalogue answers for `query` (`mine: 'true'` for a company's own),
 * following its cursor to the end: a list that stopped at the first page hid offers silently.
 */
export async function loadAllOffers(
  locals: App.Locals,
  query: Record<string, string> = {},
): Promise<CatalogueItem[]> {
  const offers: CatalogueItem[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: CatalogueItem[]; nextCursor: string | null } = await locals.api.get(
      '/offers',
      cataloguePageSchema,
      { query: { ...query, limit: pageSize, ...(cursor ? { cursor } : {}) } },
    );
    offers.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return offers;
}
