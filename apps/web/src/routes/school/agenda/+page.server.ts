import { schoolClassListSchema } from '@stagebureau/domain';
import { feedActions, loadFeeds, type FeedTarget } from '$lib/server/feeds';
import { schoolIdOf } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

/** A school subscribes to its whole calendar or to one class's. */
export const load: PageServerLoad = async ({ locals }) => {
  const schoolId = schoolIdOf(locals);
  const { items } = await locals.api.get(`/schools/${schoolId}/classes`, schoolClassListSchema);
  const targets: FeedTarget[] = [
    { scope: 'school', id: schoolId, name: locals.me?.organisation?.name ?? '' },
    ...items
      .filter((schoolClass) => !schoolClass.archivedAt)
      .map((schoolClass) => ({
        scope: 'class' as const,
        id: schoolClass.id,
        name: schoolClass.name,
      })),
  ];
  return { targets, feeds: await loadFeeds(locals, targets) };
};

export const actions: Actions = feedActions;
