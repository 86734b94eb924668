import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  feedbackListQuerySchema,
  feedbackListSchema,
  feedbackSchema,
  giveFeedbackSchema,
  idParamsSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { feedbackFor, giveFeedback } from './service';

const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['feedback'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  app.post(
    '/bookings/:id/feedback',
    {
      onRequest,
      schema: {
        summary: 'Give feedback on a booking',
        tags,
        security,
        description:
          "Feedback after an activity: a school user rates the activity of its booking, a company user the visit of a booking on its offer (1–5 and a comment). Only for a completed booking whose session has ended (409 otherwise); one per party per booking — sending again edits it (200, 201 when new). Another organisation's booking: 404.",
        params: idParamsSchema,
        body: giveFeedbackSchema,
        response: { 200: feedbackSchema, 201: feedbackSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => {
      const result = await giveFeedback(
        app.db,
        actorOf(request),
        request.params.id,
        request.body,
        new Date(),
      );
      return reply.code(result.created ? 201 : 200).send(result.feedback);
    },
  );

  app.get(
    '/feedback',
    {
      onRequest,
      schema: {
        summary: 'List feedback',
        tags,
        security,
        description:
          'Feedback the caller may see: a school on its bookings, a company on bookings of its offers (both parties), the bureau its region. Filters: bookingId, offerId, companyId, schoolId, party, from/to (session start).',
        querystring: feedbackListQuerySchema,
        response: { 200: feedbackListSchema, ...authProblems },
      },
    },
    async (request) => feedbackFor(app.db, actorOf(request), request.query),
  );
};

export default feedbackRoutes;
