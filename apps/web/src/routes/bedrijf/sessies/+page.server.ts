import {
  bookingReasonSchema,
  schoolYearOf,
  bookingSchema,
  organisationSessionPageSchema,
  sessionChangedSchema,
  updateSessionSchema,
  type Session,
} from '@stagebureau/domain';
import { error, type Action } from '@sveltejs/kit';
import { translator, type MessageKey } from '$lib/i18n';
import { readAllPages } from '$lib/server/allPages';
import { loadBookings, type BookingRow } from '$lib/server/bookings';
import { feedbackAction, loadGivenFeedback } from '$lib/server/feedback';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { amsterdamInstant } from '$lib/server/offerForm';
import type { Actions, PageServerLoad } from './$types';

export interface SessionWithBookings extends Session {
  offerTitle: string;
  bookings: BookingRow[];
}

const pastShown = 20;
/** How far back the page looks: past the domain's no-show window, so a late report has its row. */
const lookBackDays = 90;

/** The company's sessions, each with the bookings on it (who, which class, how many, contact). */
export const load: PageServerLoad = async ({ locals, url }) => {
  const organisation = locals.me?.organisation;
  if (!organisation) error(403, { message: translator(locals.language)('error.forbidden') });
  const asked = url.searchParams.get('sessie');
  const sessionId = asked && /^[0-9a-f-]{36}$/i.test(asked) ? asked : null;
  const from = new Date(Date.now() - lookBackDays * 86_400_000).toISOString();
  // One list of the sessions of all its offers but drafts, by start, read to the last page; the
  // bookings from the same day as the sessions: a company's long history is not read.
  const [companySessions, bookings, feedback] = await Promise.all([
    readAllPages(
      locals,
      `/organisations/${organisation.id}/sessions`,
      organisationSessionPageSchema,
      {
        query: { includeCancelled: 'true', from },
        pageSize: 500,
      },
    ),
    loadBookings(locals, sessionId ? { sessionId } : { from }),
    loadGivenFeedback(locals),
  ]);
  const bySession = new Map<string, BookingRow[]>();
  for (const booking of bookings)
    bySession.set(booking.sessionId, [...(bySession.get(booking.sessionId) ?? []), booking]);
  const sessions: SessionWithBookings[] = companySessions
    .filter((session) => !sessionId || session.id === sessionId)
    .map((session) => ({ ...session, bookings: bySession.get(session.id) ?? [] }));
  const now = Date.now();
  return {
    sessionId,
    upcoming: sessions.filter((session) => Date.parse(session.endsAt) >= now),
    past: sessions
      .filter((session) => Date.parse(session.endsAt) < now)
      .reverse()
      .slice(0, pastShown),
    feedback,
    schoolYear: schoolYearOf(new Date(now)),
  };
};

type Change = 'approve' | 'decline' | 'no-show';

async function changeBooking(locals: App.Locals, form: FormData, path: Change) {
  const id = String(form.get('_id') ?? '');
  const values = formObject(form);
  const t = translator(locals.language);
  if (path === 'decline') {
    const parsed = parseWith(bookingReasonSchema, values, t);
    if (!parsed.ok) return invalid(parsed.errors, { ...values, id });
  }
  try {
    await locals.api.post(
      `/bookings/${encodeURIComponent(id)}/${path}`,
      { reason: String(values.reason ?? '') },
      bookingSchema,
    );
  } catch (problem) {
    return problemFailure(problem, { ...values, id });
  }
  return null;
}

const bookingAction =
  (path: Change, message: MessageKey): Action =>
  async ({ request, locals, cookies }) => {
    const failure = await changeBooking(locals, await request.formData(), path);
    if (failure) return failure;
    setFlash(cookies, { kind: 'success', message: translator(locals.language)(message) });
    return { changed: true };
  };

export const actions: Actions = {
  approve: bookingAction('approve', 'bookings.approved'),
  decline: bookingAction('decline', 'bookings.declined'),
  noShow: bookingAction('no-show', 'companySessions.noShowReported'),
  feedback: feedbackAction,
  changeSession: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const form = await request.formData();
    const id = String(form.get('_id') ?? '');
    const values = formObject(form, { numbers: ['capacity', 'expectedSequence'] });
    const date = String(values.date ?? '');
    const body = {
      startsAt: amsterdamInstant(`${date}T${String(values.start ?? '')}`),
      endsAt: amsterdamInstant(`${date}T${String(values.end ?? '')}`),
      capacity: values.capacity,
      expectedSequence: values.expectedSequence,
      reason: String(values.reason ?? '').trim() || undefined,
    };
    const parsed = parseWith(updateSessionSchema, body, t);
    if (!parsed.ok) {
      const errors = { ...parsed.errors };
      if (errors.startsAt) errors.date = errors.startsAt;
      if (errors.endsAt) errors.end = errors.endsAt;
      return invalid(errors, { ...values, id });
    }
    try {
      await locals.api.patch(
        `/sessions/${encodeURIComponent(id)}`,
        parsed.data,
        sessionChangedSchema,
      );
    } catch (problem) {
      return problemFailure(problem, { ...values, id });
    }
    setFlash(cookies, { kind: 'success', message: t('companySessions.changed') });
    return { changed: true };
  },
};
