import {
  bookingSchema,
  feedbackWindowDays,
  schoolClassListSchema,
  type BookingStatus,
} from '@stagebureau/domain';
import { translator, type MessageKey } from '$lib/i18n';
import { loadBookings } from '$lib/server/bookings';
import { loadGivenFeedback } from '$lib/server/feedback';
import { setFlash } from '$lib/server/flash';
import { problemFailure } from '$lib/server/forms';
import { schoolIdOf } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

/** What is still coming for a class: booked, waiting for approval, or on the waitlist. */
const ahead = new Set<BookingStatus>(['confirmed', 'requested', 'waitlisted']);

/** The reminder window for feedback, plus a week so an activity does not drop off mid-day. */
const feedbackDays = feedbackWindowDays + 7;

export const load: PageServerLoad = async ({ locals }) => {
  const now = Date.now();
  const since = new Date(now - feedbackDays * 86_400_000).toISOString();
  // Before any request starts: a refusal thrown inside the list below would leave the requests
  // already running to reject with nobody listening, and that stops the whole web server.
  const schoolId = schoolIdOf(locals);
  const [bookings, feedback, mine] = await Promise.all([
    loadBookings(locals, { from: since }),
    loadGivenFeedback(locals),
    locals.api.get(`/schools/${schoolId}/classes`, schoolClassListSchema, {
      query: { mine: 'true' },
    }),
  ]);
  const upcoming = bookings.filter((booking) => Date.parse(booking.startsAt) >= now);
  const planned = upcoming.filter((booking) => ahead.has(booking.status));
  return {
    // "Mijn klassen" (decision 021): what a teacher sees first, each class with what comes next.
    myClasses: mine.items.map((schoolClass) => ({
      id: schoolClass.id,
      name: schoolClass.name,
      next: planned.filter((booking) => booking.class.id === schoolClass.id).slice(0, 3),
    })),
    // A teacher nobody assigned yet sees the whole school, and who can change that.
    unassigned: mine.items.length === 0 && locals.me?.role === 'teacher',
    upcoming: upcoming
      .filter((booking) => ['confirmed', 'requested'].includes(booking.status))
      .slice(0, 10),
    // Seats offered from the waitlist, held until `holdExpiresAt`: the school must answer.
    offered: upcoming.filter(
      (booking) => booking.status === 'waitlisted' && booking.holdExpiresAt !== null,
    ),
    waitlisted: upcoming.filter(
      (booking) => booking.status === 'waitlisted' && booking.holdExpiresAt === null,
    ),
    feedbackDue: bookings.filter(
      (booking) => booking.status === 'completed' && !feedback[booking.id],
    ),
  };
};

async function answerOffer(
  locals: App.Locals,
  form: FormData,
  path: 'accept-offer' | 'decline-offer',
) {
  const id = String(form.get('_id') ?? '');
  try {
    const { data: booking } = await locals.api.post(
      `/bookings/${encodeURIComponent(id)}/${path}`,
      {},
      bookingSchema,
    );
    return { booking };
  } catch (problem) {
    return { failure: problemFailure(problem, { id }) };
  }
}

/** What accepting says follows the booking: on an offer that needs approval it is not confirmed. */
const acceptedMessage = (status: BookingStatus): MessageKey =>
  status === 'requested' ? 'schoolHome.offerAcceptedAwaitingApproval' : 'schoolHome.offerAccepted';

export const actions: Actions = {
  acceptOffer: async ({ request, locals, cookies }) => {
    const answer = await answerOffer(locals, await request.formData(), 'accept-offer');
    if ('failure' in answer) return answer.failure;
    const t = translator(locals.language);
    setFlash(cookies, { kind: 'success', message: t(acceptedMessage(answer.booking.status)) });
    return { answered: true };
  },
  declineOffer: async ({ request, locals, cookies }) => {
    const answer = await answerOffer(locals, await request.formData(), 'decline-offer');
    if ('failure' in answer) return answer.failure;
    const t = translator(locals.language);
    setFlash(cookies, { kind: 'success', message: t('schoolHome.offerDeclined') });
    return { answered: true };
  },
};
