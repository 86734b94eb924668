import type { Action } from '@sveltejs/kit';
import { feedbackListSchema, feedbackSchema, giveFeedbackSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { readAllPages } from './allPages';
import { setFlash } from './flash';
import { formObject, invalid, parseWith, problemFailure } from './forms';

export interface GivenFeedback {
  rating: number;
  comment: string;
}

/** The feedback the caller's organisation gave, by booking (to show and to edit it). */
export async function loadGivenFeedback(
  locals: App.Locals,
): Promise<Record<string, GivenFeedback>> {
  const party = locals.me?.organisation?.kind;
  if (!party) return {};
  const items = await readAllPages(locals, '/feedback', feedbackListSchema, {
    query: { party },
    pageSize: 500,
  });
  return Object.fromEntries(
    items.map((item) => [item.bookingId, { rating: item.rating, comment: item.comment }]),
  );
}

/** `?/feedback`: a rating of 1–5 and a comment on a completed booking (a second one edits). */
export const feedbackAction: Action = async ({ request, locals, cookies }) => {
  const t = translator(locals.language);
  const form = await request.formData();
  const id = String(form.get('_id') ?? '');
  const values = formObject(form, { numbers: ['rating'] });
  values.comment ??= '';
  const parsed = parseWith(giveFeedbackSchema, values, t);
  if (!parsed.ok) return invalid(parsed.errors, { ...values, id });
  try {
    await locals.api.post(
      `/bookings/${encodeURIComponent(id)}/feedback`,
      parsed.data,
      feedbackSchema,
    );
  } catch (problem) {
    return problemFailure(problem, { ...values, id });
  }
  setFlash(cookies, { kind: 'success', message: t('feedback.saved') });
  return { feedbackFor: id };
};
