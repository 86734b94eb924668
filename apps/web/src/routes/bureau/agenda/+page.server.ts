import { feedActions, loadFeeds, type FeedTarget } from '$lib/server/feeds';
import { requireArea } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** The bureau subscribes to its whole region's calendar: every session of every offer. */
export const load: PageServerLoad = async ({ locals, url }) => {
  const { region } = requireArea(locals, url, 'bureau');
  const targets: FeedTarget[] = [{ scope: 'region', id: region.id, name: region.name }];
  return { targets, feeds: await loadFeeds(locals, targets) };
};

export const actions: Actions = feedActions;
