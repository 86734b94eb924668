import { companyActivityListSchema, localDateOf } from '@stagebureau/domain';
import { loadRelationship, relationshipActions } from '$lib/server/relations';
import type { Actions, PageServerLoad } from './$types';

/** The bureau's page about one company's relationship (issue 17). */
export const load: PageServerLoad = async ({ locals, params }) => {
  const [relationship, activity] = await Promise.all([
    loadRelationship(locals, params.id),
    locals.api.get(
      `/companies/${encodeURIComponent(params.id)}/activity`,
      companyActivityListSchema,
    ),
  ]);
  return { relationship, activity, today: localDateOf(new Date()) };
};

export const actions: Actions = relationshipActions;
