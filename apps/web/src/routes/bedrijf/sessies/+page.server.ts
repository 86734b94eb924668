import {
  bookingReasonSchema,
  bookingSchema,
  cataloguePageSchema,
  sessionChangedSchema,
  sessionListSchema,
  updateSessionSchema,
  type Session,
} from '@stagebureau/domain';
import type { Action } from '@sveltejs/kit';
import { translator, type MessageKey } from '$lib/i18n';
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

/** The company's sessions, each with the bookings on it (who, which class, how many, contact). */
export const load: PageServerLoad = async ({ locals, url }) => {
  const asked = url.searchParams.get('sessie');
  const sessionId = asked && /^[0-9a-f-]{36}$/i.test(asked) ? asked : null;
  const [{ items: offers }, bookings, feedback] = await Promise.all([
    locals.api.get('/offers', cataloguePageSchema, { query: { mine: true, limit: 100 } }),
    loadBookings(locals, sessionId ? { sessionId } : {}),
    loadGivenFeedback(locals),
  ]);
  const perOffer = await Promise.all(
    offers
      .filter((offer) => offer.status !== 'draft')
      .map(async (offer) => {
        const { items } = await locals.api.get(`/offers/${offer.id}/sessions`, sessionListSchema, {
          query: {
            includeCancelled: 'true',
            from: new Date(Date.now() - 90 * 86_400_000).toISOString(),
          },
        });
        return items.map((session) => ({ ...session, offerTitle: offer.title }));
      }),
  );
  const bySession = new Map<string, BookingRow[]>();
  for (const booking of bookings)
    bySession.set(booking.sessionId, [...(bySession.get(booking.sessionId) ?? []), booking]);
  const sessions: SessionWithBookings[] = perOffer
    .flat()
    .filter((session) => !sessionId || session.id === sessionId)
    .map((session) => ({ ...session, bookings: bySession.get(session.id) ?? [] }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const now = Date.now();
  return {
    sessionId,
    upcoming: sessions.filter((session) => Date.parse(session.endsAt) >= now),
    past: sessions
      .filter((session) => Date.parse(session.endsAt) < now)
      .reverse()
      .slice(0, pastShown),
    feedback,
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
