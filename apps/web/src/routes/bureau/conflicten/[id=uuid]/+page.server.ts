import {
  conflictDetailSchema,
  conflictNoteSchema,
  grantCapExceptionResultSchema,
  grantCapExceptionSchema,
  moveBookingResultSchema,
  moveBookingSchema,
  requestExtraSessionSchema,
} from '@stagebureau/domain';
import type { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import { translator } from '$lib/i18n';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
  conflict: await locals.api.get(`/conflicts/${params.id}`, conflictDetailSchema),
});

/** One conflict action: parse the form with its contract, post it, toast on success. */
function conflictAction(path: string, schema: z.ZodType, answer: z.ZodType, done: MessageKey) {
  return async ({
    request,
    locals,
    params,
  }: {
    request: Request;
    locals: App.Locals;
    params: { id: string };
  }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const values = formObject(form);
    const parsed = parseWith(schema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, _action: path });
    try {
      await locals.api.post(`/conflicts/${params.id}/${path}`, parsed.data, answer);
    } catch (problem) {
      return problemFailure(problem, { ...values, _action: path });
    }
    return { toast: { kind: 'success' as const, message: t(done) } };
  };
}

export const actions: Actions = {
  move: conflictAction(
    'actions/move-booking',
    moveBookingSchema,
    moveBookingResultSchema,
    'conflict.moved',
  ),
  grantCap: conflictAction(
    'actions/grant-cap-exception',
    grantCapExceptionSchema,
    grantCapExceptionResultSchema,
    'conflict.granted',
  ),
  extraSession: conflictAction(
    'actions/request-extra-session',
    requestExtraSessionSchema,
    conflictDetailSchema,
    'conflict.extraSessionAsked',
  ),
  resolve: conflictAction('resolve', conflictNoteSchema, conflictDetailSchema, 'conflict.resolved'),
  dismiss: conflictAction('dismiss', conflictNoteSchema, conflictDetailSchema, 'conflict.resolved'),
};
