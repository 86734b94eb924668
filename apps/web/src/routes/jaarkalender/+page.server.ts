import { toLocal } from '@stagebureau/domain';
import { monthKey, monthToOpen, parseMonth, shiftMonth } from '$lib/calendarMonth';
import { publicApiUrl } from '$lib/server/config';
import { regionSlugFor } from '$lib/server/region';
import { loadMonthSessions, nextSessionDates } from '$lib/server/yearCalendar';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const today = toLocal(new Date()).date;
  const asked = url.searchParams.get('maand');
  const slug = regionSlugFor(locals, url);
  let month = parseMonth(asked, today);
  let { sessions } = await loadMonthSessions(locals, slug, month);
  if (!asked && sessions.length === 0) {
    // Nothing this month: open on the month of the region's next session instead.
    month = monthToOpen(await nextSessionDates(locals, slug, today), today);
    ({ sessions } = await loadMonthSessions(locals, slug, month));
  }
  const region = url.searchParams.get('regio');
  const hrefFor = (delta: number) => {
    const params = new URLSearchParams({ maand: monthKey(shiftMonth(month, delta)) });
    if (region && !locals.me) params.set('regio', slug);
    return `?${params}`;
  };
  return {
    month,
    sessions,
    previousHref: hrefFor(-1),
    nextHref: hrefFor(1),
    icalUrl: new URL(`/ical/public/${slug}.ics`, publicApiUrl()).toString(),
  };
};
