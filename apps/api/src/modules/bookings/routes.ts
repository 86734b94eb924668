import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bookingListQuerySchema,
  bookingListSchema,
  bookingProblemSchema,
  bookingReasonSchema,
  bookingSchema,
  createBookingHeadersSchema,
  createBookingSchema,
  DomainError,
  idempotencyKeySchema,
  idParamsSchema,
  optionalReasonSchema,
  waitlistQuerySchema,
  waitlistSchema,
  type Booking,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { problemFor } from '../../plugins/errors';
import { authProblems, problems } from '../shared';
import { bookOnce, requestHashOf } from './idempotency';
import { bookingFor, listBookings } from './read';
import { changeBooking, type BookingChange } from './service';
import { waitlistFor } from './waitlistView';

const bookingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['bookings'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;
  const changeProblems = { ...authProblems, 409: bookingProblemSchema, ...problems(503) };

  app.post(
    '/bookings',
    {
      onRequest,
      schema: {
        summary: 'Book a session for a class',
        tags,
        security,
        description:
          'Book a session for one class (all its seats: `seats` defaults to, and must equal, the class size). Requires an Idempotency-Key header; a retry with the same key and body gets the first answer. 201 confirmed; 202 waitlisted or requested (awaiting company approval, seats held).',
        headers: createBookingHeadersSchema,
        body: createBookingSchema,
        response: {
          201: bookingSchema,
          202: bookingSchema,
          ...authProblems,
          409: bookingProblemSchema,
          ...problems(503),
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const rawKey = request.headers['idempotency-key'];
      if (rawKey === undefined) throw new DomainError('idempotency_key_required');
      const key = idempotencyKeySchema.safeParse(rawKey);
      if (!key.success) throw new DomainError('validation_failed', 'invalid Idempotency-Key');
      const answer = await bookOnce(
        app.db,
        actor,
        {
          body: request.body,
          key: key.data,
          requestHash: requestHashOf('POST /bookings', request.body),
          now: new Date(),
        },
        (error) => {
          const problem = problemFor(request, error.code, error.detail, undefined, error.meta);
          return { status: problem.status, body: problem };
        },
      );
      if (answer.replayed) reply.header('idempotent-replayed', 'true');
      if (answer.status >= 400) reply.type('application/problem+json');
      return reply.code(answer.status as 201).send(answer.body as Booking);
    },
  );

  app.get(
    '/bookings',
    {
      onRequest,
      schema: {
        summary: 'List bookings',
        tags,
        security,
        description:
          'Bookings the caller may see: a school its own (with waitlist position), a company those on its offers, the bureau its region. Filters: sessionId, offerId, classId, schoolId, status, from/to.',
        querystring: bookingListQuerySchema,
        response: { 200: bookingListSchema, ...authProblems },
      },
    },
    async (request) => listBookings(app.db, actorOf(request), request.query),
  );

  app.get(
    '/bookings/:id',
    {
      onRequest,
      schema: {
        summary: 'Get a booking',
        tags,
        security,
        description: 'One booking, same scoping as the list (404 when not visible).',
        params: idParamsSchema,
        response: { 200: bookingSchema, ...authProblems },
      },
    },
    async (request) => {
      const booking = await bookingFor(app.db, actorOf(request), request.params.id);
      if (!booking) throw new DomainError('not_found');
      return booking;
    },
  );

  const changeRoute = (
    path: string,
    change: BookingChange,
    description: string,
    reasonRequired: boolean,
  ) =>
    app.post(
      `/bookings/:id/${path}`,
      {
        onRequest,
        schema: {
          summary: {
            cancel: 'Cancel a booking',
            approve: 'Approve a booking',
            decline: 'Decline a booking',
            acceptOffer: 'Accept seats offered from the waitlist',
            declineOffer: 'Pass on seats offered from the waitlist',
            noShow: 'Report a no-show',
          }[change],
          tags,
          security,
          description,
          params: idParamsSchema,
          body: reasonRequired ? bookingReasonSchema : optionalReasonSchema,
          response: { 200: bookingSchema, ...changeProblems },
        },
      },
      async (request) =>
        changeBooking(
          app.db,
          actorOf(request),
          request.params.id,
          change,
          request.body?.reason ?? '',
          new Date(),
        ),
    );

  changeRoute(
    'cancel',
    'cancel',
    'Cancel a booking (school, the offering company or bureau) before the session starts, with a reason. A school cancelling after the offer’s deadline raises `late_cancellation`. Freed seats go to the waitlist in the same transaction.',
    true,
  );
  changeRoute('approve', 'approve', 'The company approves a requested booking.', false);
  changeRoute(
    'decline',
    'decline',
    'The company declines a requested booking, with a reason; its held seats go to the waitlist.',
    true,
  );
  changeRoute(
    'accept-offer',
    'acceptOffer',
    'The school accepts seats offered from the waitlist before the hold expires.',
    false,
  );
  changeRoute(
    'decline-offer',
    'declineOffer',
    'The school lets offered seats pass to the next in line (the booking leaves the waitlist).',
    false,
  );
  changeRoute(
    'no-show',
    'noShow',
    'The company reports that a confirmed class did not come (from the session start); raises `no_show_reported`.',
    false,
  );

  app.get(
    '/waitlist',
    {
      onRequest,
      schema: {
        summary: "Get a session's waitlist",
        tags,
        security,
        description:
          "A session's waitlist in order. Schools see their own entries (with position) and aggregate numbers only; the offering company and the bureau see all entries.",
        querystring: waitlistQuerySchema,
        response: { 200: waitlistSchema, ...authProblems },
      },
    },
    async (request) => waitlistFor(app.db, actorOf(request), request.query.sessionId),
  );
};

export default bookingRoutes;
