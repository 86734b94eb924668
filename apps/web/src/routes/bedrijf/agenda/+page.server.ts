import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { feedActions, loadFeeds, type FeedTarget } from '$lib/server/feeds';
import { loadAllOffers } from '$lib/server/offerList';
import type { Actions, PageServerLoad } from './$types';

/** A company subscribes to all its sessions or to one offer's. */
export const load: PageServerLoad = async ({ locals }) => {
  const organisation = locals.me?.organisation;
  if (!organisation || organisation.kind !== 'company')
    error(403, { message: translator(locals.language)('error.forbidden') });
  const items = await loadAllOffers(locals, { mine: 'true' });
  const targets: FeedTarget[] = [
    { scope: 'company', id: organisation.id, name: organisation.name },
    ...items
      .filter((offer) => offer.status !== 'archived')
      .map((offer) => ({ scope: 'offer' as const, id: offer.id, name: offer.title })),
  ];
  return { targets, feeds: await loadFeeds(locals, targets) };
};

export const actions: Actions = feedActions;
