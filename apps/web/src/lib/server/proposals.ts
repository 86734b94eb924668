import type { Action } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';
import { createProposalSchema, fromLocal, proposalSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { setFlash } from './flash';
import { formObject, invalid, parseWith, problemFailure, type FieldErrors } from './forms';

export const proposalSlots = [1, 2, 3] as const;

/**
 * The form's up to three moments (date, start, end in Amsterdam) as ISO instants. A moment is
 * all three fields or none; at least one is needed.
 */
export function proposalOptions(
  form: FormData,
  messages: { incomplete: string; needOne: string },
): { options: { startsAt: string; endsAt: string }[]; errors: FieldErrors } {
  const options: { startsAt: string; endsAt: string }[] = [];
  const errors: FieldErrors = {};
  for (const slot of proposalSlots) {
    const [date, start, end] = ['date', 'start', 'end'].map((field) =>
      String(form.get(`${field}${slot}`) ?? '').trim(),
    );
    if (!date && !start && !end) continue;
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(date!) &&
      /^\d{2}:\d{2}$/.test(start!) &&
      /^\d{2}:\d{2}$/.test(end!);
    if (!valid) {
      errors[`option${slot}`] = messages.incomplete;
      continue;
    }
    options.push({
      startsAt: fromLocal({ date: date!, time: start! }).toISOString(),
      endsAt: fromLocal({ date: date!, time: end! }).toISOString(),
    });
  }
  if (options.length === 0 && Object.keys(errors).length === 0) errors.option1 = messages.needOne;
  return { options, errors };
}

/** `?/propose` on an on-request offer's page: the school's class and up to three moments. */
export const proposeAction: Action = async ({ request, locals, cookies, params }) => {
  const t = translator(locals.language);
  const form = await request.formData();
  const values = formObject(form);
  const { options, errors } = proposalOptions(form, {
    incomplete: t('proposal.incomplete'),
    needOne: t('proposal.needOne'),
  });
  if (Object.keys(errors).length) return invalid(errors, values);
  const teachers = String(form.get('teachers') ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const parsed = parseWith(
    createProposalSchema,
    { classId: values.classId, options, teachers, note: values.note ?? '' },
    t,
  );
  if (!parsed.ok) {
    // `options.0.endsAt` → the first moment's field group.
    const mapped: FieldErrors = {};
    for (const [path, message] of Object.entries(parsed.errors)) {
      const slot = /^options\.(\d)/.exec(path);
      mapped[slot ? `option${Number(slot[1]) + 1}` : path] ??= message;
    }
    return invalid(mapped, values);
  }
  try {
    await locals.api.post(`/offers/${params.id}/proposals`, parsed.data, proposalSchema);
  } catch (problem) {
    return problemFailure(problem, values, undefined, { inline: true });
  }
  setFlash(cookies, { kind: 'success', message: t('proposal.sent') });
  redirect(303, '/school/boekingen');
};
