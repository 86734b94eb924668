import {
  bookingReasonSchema,
  bookingSchema,
  proposalListSchema,
  schoolClassListSchema,
  toLocal,
} from '@stagebureau/domain';
import { monthKey, monthToOpen, parseMonth, shiftMonth } from '$lib/calendarMonth';
import { translator } from '$lib/i18n';
import { loadBookings } from '$lib/server/bookings';
import { feedbackAction, loadGivenFeedback } from '$lib/server/feedback';
import { setFlash } from '$lib/server/flash';
import { formObject, invalid, parseWith, problemFailure } from '$lib/server/forms';
import { schoolIdOf } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

const uuid = /^[0-9a-f-]{36}$/i;

export const load: PageServerLoad = async ({ locals, url }) => {
  const schoolId = schoolIdOf(locals);
  const asked = url.searchParams.get('klas');
  const classId = asked && uuid.test(asked) ? asked : null;
  const today = toLocal(new Date()).date;
  const [bookings, classes, proposals, feedback] = await Promise.all([
    loadBookings(locals, classId ? { classId } : {}),
    locals.api.get(`/schools/${schoolId}/classes`, schoolClassListSchema),
    locals.api.get('/proposals', proposalListSchema),
    loadGivenFeedback(locals),
  ]);
  const askedMonth = url.searchParams.get('maand');
  const month = askedMonth
    ? parseMonth(askedMonth, today)
    : monthToOpen(
        bookings
          .filter((booking) => booking.status !== 'cancelled' && booking.status !== 'declined')
          .map((booking) => toLocal(new Date(booking.startsAt)).date),
        today,
      );
  const hrefFor = (delta: number) => {
    const params = new URLSearchParams({ maand: monthKey(shiftMonth(month, delta)) });
    if (classId) params.set('klas', classId);
    return `?${params}`;
  };
  return {
    bookings,
    classes: classes.items.filter((schoolClass) => !schoolClass.archivedAt),
    classId,
    month,
    previousHref: hrefFor(-1),
    nextHref: hrefFor(1),
    proposals: proposals.items.filter((proposal) => !classId || proposal.classId === classId),
    feedback,
  };
};

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
  feedback: feedbackAction,
};
