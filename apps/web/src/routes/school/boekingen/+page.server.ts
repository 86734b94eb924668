import {
  bookingReasonSchema,
  bookingSchema,
  proposalListSchema,
  schoolClassListSchema,
  schoolYearOf,
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
import { bookingScope, inScope, scopeParam } from './scope';

export const load: PageServerLoad = async ({ locals, url }) => {
  const schoolId = schoolIdOf(locals);
  const today = toLocal(new Date()).date;
  const classesPath = `/schools/${schoolId}/classes`;
  const [mine, classes, proposals, feedback] = await Promise.all([
    locals.api.get(classesPath, schoolClassListSchema, { query: { mine: 'true' } }),
    locals.api.get(classesPath, schoolClassListSchema),
    locals.api.get('/proposals', proposalListSchema),
    loadGivenFeedback(locals),
  ]);
  const myClasses = mine.items.filter((schoolClass) => !schoolClass.archivedAt);
  const scope = bookingScope(
    url.searchParams.get('klas'),
    myClasses.map((schoolClass) => schoolClass.id),
  );
  const classId = scope.kind === 'class' ? scope.classId : null;
  // The API filters one class; "mijn klassen" is several, so those are kept here.
  const bookings = (await loadBookings(locals, classId ? { classId } : {})).filter((booking) =>
    inScope(scope, booking.class.id),
  );
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
    const params = new URLSearchParams({
      maand: monthKey(shiftMonth(month, delta)),
      klas: scopeParam(scope),
    });
    return `?${params}`;
  };
  return {
    bookings,
    classes: classes.items.filter((schoolClass) => !schoolClass.archivedAt),
    classId,
    scope: scope.kind,
    myClasses: myClasses.map((schoolClass) => schoolClass.name),
    // A teacher nobody assigned yet sees the whole school, and who can change that.
    unassigned: myClasses.length === 0 && locals.me?.role === 'teacher',
    month,
    previousHref: hrefFor(-1),
    nextHref: hrefFor(1),
    proposals: proposals.items.filter((proposal) => inScope(scope, proposal.classId)),
    feedback,
    schoolYear: schoolYearOf(new Date()),
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
