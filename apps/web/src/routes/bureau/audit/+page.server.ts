import { auditPageSchema, auditQuerySchema, fromLocal } from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

const textFilters = ['entity', 'entityId', 'action', 'actorUserId'] as const;

/** A date typed in the filter (Amsterdam) as the instant its day starts, or the next day's start. */
const dayBoundary = (date: string | null, endOfDay: boolean) => {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const start = fromLocal({ date, time: '00:00' });
  return new Date(start.getTime() + (endOfDay ? 86_400_000 : 0)).toISOString();
};

export const load: PageServerLoad = async ({ locals, url }) => {
  const filters: Record<string, string> = {};
  for (const name of [...textFilters, 'from', 'to', 'before']) {
    const value = url.searchParams.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const query = auditQuerySchema.safeParse({
    ...Object.fromEntries(textFilters.filter((n) => filters[n]).map((n) => [n, filters[n]])),
    from: dayBoundary(filters.from ?? null, false),
    to: dayBoundary(filters.to ?? null, true),
    before: filters.before,
    limit: 50,
  });
  const audit = await locals.api.get('/audit', auditPageSchema, {
    query: query.success ? query.data : { limit: 50 },
  });
  return { audit, filters, invalidFilters: !query.success };
};
