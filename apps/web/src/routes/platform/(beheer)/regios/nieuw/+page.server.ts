import { redirect } from '@sveltejs/kit';
import { createRegionSchema, platformRegionSchema, slugFromName } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { platformApi } from '$lib/server/platform';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.language);
    const values = formObject(await event.request.formData());
    // An empty slug is the name's suggestion; it is validated like a typed one.
    const body = {
      ...values,
      slug:
        values.slug ?? (typeof values.name === 'string' ? slugFromName(values.name) : undefined),
    };
    const parsed = parseWith(createRegionSchema, body, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    let region;
    try {
      ({ data: region } = await platformApi(event).post(
        '/platform/regions',
        parsed.data,
        platformRegionSchema,
      ));
    } catch (problem) {
      return problemFailure(problem, values, undefined, { inline: true });
    }
    setFlash(event.cookies, {
      kind: 'success',
      message: t('platform.create.created', { name: region.name }),
    });
    redirect(303, `/platform/regios/${region.id}`);
  },
};
