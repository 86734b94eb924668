import { conflictListQuerySchema, conflictListSchema } from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

const pageSize = 25;

export const load: PageServerLoad = async ({ locals, url }) => {
  const filters: Record<string, string> = {};
  for (const name of ['type', 'status', 'severity']) {
    const value = url.searchParams.get(name);
    if (value) filters[name] = value;
  }
  // The queue opens on what needs doing; "alle" shows every status.
  if (!url.searchParams.has('status')) filters.status = 'open';
  if (filters.status === 'alle') delete filters.status;
  const offset = Math.max(0, Number(url.searchParams.get('offset')) || 0);
  const query = conflictListQuerySchema.safeParse({ ...filters, limit: pageSize, offset });
  const list = await locals.api.get('/conflicts', conflictListSchema, {
    query: query.success ? query.data : { status: 'open', limit: pageSize },
  });
  return {
    list,
    filters: { ...filters, status: filters.status ?? 'alle' } as Record<string, string>,
    offset,
    pageSize,
  };
};
