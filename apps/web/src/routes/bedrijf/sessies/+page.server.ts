import { bookingReasonSchema, bookingSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { loadBookings } from '$lib/server/bookings';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const sessionId = url.searchParams.get('sessie');
  const query: Record<string, string> =
    sessionId && /^[0-9a-f-]{36}$/.test(sessionId) ? { sessionId } : {};
  return { bookings: await loadBookings(locals, query), sessionId: query.sessionId ?? null };
};

async function change(locals: App.Locals, form: FormData, path: 'approve' | 'decline') {
  const id = String(form.get('_id') ?? '');
  const values = formObject(form);
  const t = translator(locals.language);
  if (path === 'decline') {
    const parsed = parseWith(bookingReasonSchema, values, t);
    if (!parsed.ok) return { failure: invalid(parsed.errors, { ...values, id }) };
  }
  try {
    await locals.api.post(
      `/bookings/${encodeURIComponent(id)}/${path}`,
      { reason: String(values.reason ?? '') },
      bookingSchema,
    );
  } catch (problem) {
    return { failure: problemFailure(problem, values) };
  }
  return { failure: null };
}

export const actions: Actions = {
  approve: async ({ request, locals, cookies }) => {
    const { failure } = await change(locals, await request.formData(), 'approve');
    if (failure) return failure;
    setFlash(cookies, {
      kind: 'success',
      message: translator(locals.language)('bookings.approved'),
    });
    return { changed: true };
  },
  decline: async ({ request, locals, cookies }) => {
    const { failure } = await change(locals, await request.formData(), 'decline');
    if (failure) return failure;
    setFlash(cookies, {
      kind: 'success',
      message: translator(locals.language)('bookings.declined'),
    });
    return { changed: true };
  },
};
