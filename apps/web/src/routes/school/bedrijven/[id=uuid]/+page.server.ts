import { localDateOf } from '@stagebureau/domain';
import { loadRelationship, relationshipActions } from '$lib/server/relations';
import type { Actions, PageServerLoad } from './$types';

/**
 * A coordinator's page about one company (issue 17): the company's contacts and their own
 * school's contact moments and follow-ups, to log one for their school.
 */
export const load: PageServerLoad = async ({ locals, params }) => ({
  relationship: await loadRelationship(locals, params.id),
  today: localDateOf(new Date()),
});

const {
  addContact,
  editContact,
  makePrimary,
  removeContact,
  logMoment,
  addFollowUp,
  followUpDone,
} = relationshipActions;
export const actions: Actions = {
  addContact,
  editContact,
  makePrimary,
  removeContact,
  logMoment,
  addFollowUp,
  followUpDone,
};
