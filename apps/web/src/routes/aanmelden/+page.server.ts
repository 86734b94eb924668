import { registrationReceivedSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { invalid, problemFailure } from '$lib/server/forms';
import { regionSlugFor } from '$lib/server/region';
import {
  caughtByHoneypot,
  parseRegistration,
  registrationFieldErrors,
} from '$lib/server/registration';
import { publicSectors } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
  sectors: await publicSectors(locals, url),
});

export const actions: Actions = {
  default: async ({ request, locals, url }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    if (caughtByHoneypot(form)) return { done: true };
    const { values, parsed } = parseRegistration(form, locals.language, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    const slug = regionSlugFor(locals, url);
    try {
      await locals.api.post(
        `/public/regions/${encodeURIComponent(slug)}/registrations`,
        parsed.data,
        registrationReceivedSchema,
        { anonymous: true },
      );
    } catch (problem) {
      const errors = registrationFieldErrors(problem, t);
      return errors
        ? invalid(errors, values)
        : problemFailure(problem, values, undefined, { inline: true });
    }
    return { done: true };
  },
};
