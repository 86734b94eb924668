import {
  inviteBureauAdminSchema,
  platformInvitationSchema,
  platformRegionSchema,
  updatePlatformRegionSchema,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { nullableSettingFields, platformApi, settingNumberFields } from '$lib/server/platform';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  region: await platformApi(event).get(
    `/platform/regions/${event.params.id}`,
    platformRegionSchema,
  ),
});

/** The form's flat fields as the contract's shape: name and holiday region, the rest settings. */
function updateBody(values: Record<string, unknown>) {
  const { name, holidayRegion, ...settings } = values;
  return { name, holidayRegion, settings };
}

export const actions: Actions = {
  update: async (event) => {
    const t = translator(event.locals.language);
    const values = formObject(await event.request.formData(), {
      numbers: [...settingNumberFields],
      nullable: nullableSettingFields,
    });
    const parsed = parseWith(updatePlatformRegionSchema, updateBody(values), t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      await platformApi(event).patch(
        `/platform/regions/${event.params.id}`,
        parsed.data,
        platformRegionSchema,
      );
    } catch (problem) {
      return problemFailure(problem, values, undefined, { inline: true });
    }
    return { toast: { kind: 'success' as const, message: t('platform.detail.saved') } };
  },
  invite: async (event) => {
    const t = translator(event.locals.language);
    const values = formObject(await event.request.formData());
    const parsed = parseWith(inviteBureauAdminSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await platformApi(event).post(
        `/platform/regions/${event.params.id}/invitations`,
        parsed.data,
        platformInvitationSchema,
      );
      return {
        toast: {
          kind: 'success' as const,
          message: t('platform.invite.sent', { email: data.email }),
        },
        invitation: { email: data.email, acceptUrl: data.acceptUrl, expiresAt: data.expiresAt },
      };
    } catch (problem) {
      return problemFailure(problem, values, undefined, { inline: true });
    }
  },
};
