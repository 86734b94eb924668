import type { z } from 'zod';
import type { Query } from './api';

/**
 * Every item of an offset-paged list (`{ items, total }` with `limit` and `offset`), page after
 * page: a page that read only the first 100 or 200 items hid the rest without saying so.
 */
export async function readAllPages<Item>(
  locals: App.Locals,
  path: string,
  schema: z.ZodType<{ items: Item[]; total: number }>,
  options: { query?: Query; pageSize: number; anonymous?: boolean },
): Promise<Item[]> {
  const items: Item[] = [];
  for (let offset = 0; ; offset += options.pageSize) {
    const page = await locals.api.get(path, schema, {
      query: { ...options.query, limit: options.pageSize, offset },
      anonymous: options.anonymous,
    });
    items.push(...page.items);
    if (page.items.length < options.pageSize || items.length >= page.total) return items;
  }
}
