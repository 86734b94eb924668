import { bookingReasonSchema, bookingSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { loadBookings } from '$lib/server/bookings';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  bookings: await loadBookings(locals),
});

export const actions: Actions = {
  cancel: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form);
    const parsed = parseWith(bookingReasonSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, id });
    try {
      await locals.api.post(
        `/bookings/${encodeURIComponent(id)}/cancel`,
        parsed.data,
        bookingSchema,
      );
    } catch (problem) {
      return problemFailure(problem, values);
    }
    setFlash(cookies, { kind: 'success', message: t('bookings.cancelled') });
    return { cancelled: id };
  },
};
