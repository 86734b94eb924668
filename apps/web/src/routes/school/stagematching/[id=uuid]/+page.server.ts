import {
  maxPlacementPreferences,
  participantListSchema,
  placementPreferencesSchema,
  placementRoundSchema,
} from '@stagebureau/domain';
import { translator, type Translate } from '$lib/i18n';
import {
  formObject,
  invalid,
  parseWith,
  problemFailure,
  type FieldErrors,
} from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const canManage = locals.me?.role === 'school_coordinator';
  const round = await locals.api.get(
    `/placement-rounds/${encodeURIComponent(params.id)}`,
    placementRoundSchema,
  );
  const entering = canManage && round.status === 'open';
  const pupils = entering ? (await locals.api.get('/pupils', participantListSchema)).items : [];
  return {
    round,
    canManage,
    // Everyone the school registered for placements, so the coordinator can rank their places.
    pupils: pupils.filter((pupil) => pupil.kind === 'pupil' && !pupil.erased),
  };
};

/** The ranked selects `preference1`…`preference5` as one list, best first, blanks skipped. */
function preferenceValues(formData: FormData) {
  const values = formObject(formData);
  const placeIds: string[] = [];
  for (let rank = 1; rank <= maxPlacementPreferences; rank += 1) {
    const id = values[`preference${rank}`];
    if (typeof id === 'string' && id) placeIds.push(id);
  }
  return { values, body: { participantId: values.participantId, placeIds } };
}

/**
 * `placeIds.2` → the select of rank 3, the API's developer message in words; a duplicate
 * (the whole list) → the first select.
 */
function rankErrors(errors: FieldErrors, t: Translate): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => {
      const index = /^placeIds\.(\d+)/.exec(path)?.[1];
      if (index === undefined) return [path === 'placeIds' ? 'preference1' : path, message];
      const said = message.startsWith('does not suit')
        ? t('rounds.error.unfit')
        : message.startsWith('not a place')
          ? t('rounds.error.notInRound')
          : message;
      return [`preference${Number(index) + 1}`, said];
    }),
  );
}

export const actions: Actions = {
  prefer: async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const { values, body } = preferenceValues(await request.formData());
    const parsed = parseWith(placementPreferencesSchema, body, t);
    if (!parsed.ok) {
      const errors = rankErrors(parsed.errors, t);
      if (parsed.errors.placeIds) errors.preference1 = t('rounds.error.duplicate');
      return invalid(errors, values);
    }
    try {
      const { data } = await locals.api.put(
        `/placement-rounds/${encodeURIComponent(params.id)}/preferences`,
        parsed.data,
        placementRoundSchema,
      );
      const pupil = data.pupils.find((row) => row.participant.id === parsed.data.participantId);
      const name = [pupil?.participant.firstName, pupil?.participant.surname]
        .filter(Boolean)
        .join(' ');
      return {
        toast: {
          kind: 'success' as const,
          message: t('rounds.preferencesSaved', { name: name || t('rounds.title') }),
        },
      };
    } catch (problem) {
      const failure = problemFailure(problem, values);
      failure.data.errors = rankErrors(failure.data.errors, t);
      return failure;
    }
  },
  run: async ({ locals, params }) => step(locals, params.id, 'run'),
  publish: async ({ locals, params }) => step(locals, params.id, 'publish'),
};

async function step(locals: App.Locals, id: string, which: 'run' | 'publish') {
  const t = translator(locals.language);
  try {
    await locals.api.post(
      `/placement-rounds/${encodeURIComponent(id)}/${which}`,
      {},
      placementRoundSchema,
    );
  } catch (problem) {
    return problemFailure(problem, {});
  }
  return {
    toast: {
      kind: 'success' as const,
      message: t(which === 'run' ? 'rounds.ran' : 'rounds.published'),
    },
  };
}
