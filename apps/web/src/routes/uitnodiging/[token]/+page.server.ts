import { redirect } from '@sveltejs/kit';
import { acceptInvitationSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ loggedIn: Boolean(locals.me) });

export const actions: Actions = {
  default: async ({ request, locals, params, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const parsed = parseWith(acceptInvitationSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      await locals.api.post(
        `/invitations/${encodeURIComponent(params.token)}/accept`,
        parsed.data,
        undefined,
        {
          anonymous: true,
        },
      );
    } catch (problem) {
      return problemFailure(problem, values, undefined, { inline: true });
    }
    setFlash(cookies, { kind: 'success', message: t('invite.done') });
    redirect(303, '/inloggen');
  },
};
