import { toLocal } from '@stagebureau/domain';
import { monthKey, parseMonth, shiftMonth } from '$lib/calendarMonth';
import { publicApiUrl } from '$lib/server/config';
import { regionSlugFor } from '$lib/server/region';
import { loadMonthSessions } from '$lib/server/yearCalendar';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const month = parseMonth(url.searchParams.get('maand'), toLocal(new Date()).date);
  const slug = regionSlugFor(locals, url);
  const { sessions, truncated } = await loadMonthSessions(locals, slug, month);
  const region = url.searchParams.get('regio');
  const hrefFor = (delta: number) => {
    const params = new URLSearchParams({ maand: monthKey(shiftMonth(month, delta)) });
    if (region && !locals.me) params.set('regio', slug);
    return `?${params}`;
  };
  return {
    month,
    sessions,
    truncated,
    previousHref: hrefFor(-1),
    nextHref: hrefFor(1),
    icalUrl: new URL(`/ical/public/${slug}.ics`, publicApiUrl()).toString(),
  };
};
