import { randomUUID } from 'node:crypto';
import { error, redirect } from '@sveltejs/kit';
import {
  bookingSchema,
  capExceptionRequestedSchema,
  capExceptionRequestSchema,
  createBookingSchema,
} from '@stagebureau/domain';
import { translator, type Translate } from '$lib/i18n';
import { formatDateTime } from '$lib/i18n/format';
import { ApiProblem } from '$lib/server/api';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { loadOfferExtras } from '$lib/server/offerExtras';
import { classesFor } from '$lib/classFit';
import { loadBookableClasses, loadOfferView } from '$lib/server/offerView';
import { proposeAction } from '$lib/server/proposals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  try {
    const view = await loadOfferView(locals, url, params.id);
    const [allClasses, extras] = await Promise.all([
      loadBookableClasses(locals),
      loadOfferExtras(locals, url, view.offer),
    ]);
    // One key per rendered form: a double submit or a retry books once (the API replays).
    return {
      ...view,
      ...extras,
      ...classesFor(view.offer, allClasses),
      hasClasses: allClasses.length > 0,
      idempotencyKey: randomUUID(),
    };
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status === 404)
      error(404, { message: translator(locals.language)('error.notFound') });
    throw problem;
  }
};

/** What a school should read when a booking is refused, with the numbers that explain it. */
function refusal(problem: ApiProblem, t: Translate, language: 'nl' | 'en'): string | undefined {
  switch (problem.code) {
    case 'booking_window_closed': {
      const opensAt = problem.extra.opensAt;
      return typeof opensAt === 'string'
        ? t('book.error.booking_window_opens', { when: formatDateTime(opensAt, language) })
        : t('book.error.booking_window_closed');
    }
    case 'school_cap_reached':
      return t('book.error.school_cap_reached', {
        used: String(problem.extra.used ?? '?'),
        limit: String(problem.extra.limit ?? '?'),
      });
    case 'session_full':
    case 'class_busy':
    case 'audience_mismatch':
      return t(`book.error.${problem.code}`);
    default:
      return undefined;
  }
}

export const actions: Actions = {
  book: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const values = formObject(form, { nullable: [] });
    values.teachers = String(form.get('teachers') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const parsed = parseWith(createBookingSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    const key = String(form.get('_idempotencyKey') ?? '') || randomUUID();

    let answer;
    try {
      answer = await locals.api.post('/bookings', parsed.data, bookingSchema, {
        idempotencyKey: key,
      });
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) throw problem;
      return problemFailure(problem, values, refusal(problem, t, locals.language), {
        inline: true,
      });
    }
    const booking = answer.data;
    const names = { offer: booking.offerTitle, class_: booking.class.name };
    const message =
      booking.status === 'confirmed'
        ? t('book.confirmed', names)
        : booking.status === 'waitlisted'
          ? t('book.waitlisted', { ...names, position: booking.waitlistPosition ?? '?' })
          : t('book.requested');
    setFlash(cookies, { kind: 'success', message });
    redirect(303, '/school/boekingen');
  },
  /** Over the school's cap: ask the bureau to book the class anyway, with a reason. */
  askCapException: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const parsed = parseWith(capExceptionRequestSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      await locals.api.post('/cap-exceptions', parsed.data, capExceptionRequestedSchema);
    } catch (problem) {
      return problemFailure(problem, values, undefined, { inline: true });
    }
    setFlash(cookies, { kind: 'success', message: t('book.capException.sent') });
    redirect(303, '/school/boekingen');
  },
  propose: proposeAction,
};
