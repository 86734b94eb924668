import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  evaluationInputSchema,
  evaluationSchema,
  idParamsSchema,
  placementTokenParamsSchema,
  publicEvaluationSchema,
  rankingQuerySchema,
  rankingSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../../plugins/auth';
import { authProblems, problems } from '../../shared';
import {
  evaluationRankingFor,
  getEvaluation,
  readEvaluationByToken,
  submitEvaluation,
  submitEvaluationByToken,
} from './service';

/** The supervisor's evaluation at the end of a placement, and the best-leerbedrijf ranking. */
const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['evaluations'];
  const security = [{ bearer: [] }];
  const auth = { onRequest: app.authenticate };
  const linkProblems = problems(409, 410, 422, 429);

  app.get(
    '/public/evaluation/:token',
    {
      schema: {
        summary: 'Open an evaluation form',
        tags,
        description:
          "The evaluation form behind the supervisor's one-time link (no login): the region's criteria with their labels, the place and the pupil's first name and surname initial. 410 signing_link_invalid for an unknown, used or dead link.",
        params: placementTokenParamsSchema,
        response: { 200: publicEvaluationSchema, ...linkProblems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readEvaluationByToken(app.db, request.params.token);
    },
  );

  app.post(
    '/public/evaluation/:token',
    {
      schema: {
        summary: 'Submit an evaluation by link',
        tags,
        description:
          'Submits the evaluation by its link, once: every criterion of the region rated 1–5 (422 naming a missing, unknown or out-of-range rating) and a comment of at most 2000 characters. The placement becomes completed; a second use answers 410.',
        params: placementTokenParamsSchema,
        body: evaluationInputSchema,
        response: { 201: evaluationSchema, ...linkProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await submitEvaluationByToken(app.db, request.params.token, request.body, new Date()),
        ),
  );

  app.post(
    '/placements/:id/evaluation',
    {
      ...auth,
      schema: {
        summary: "Submit a placement's evaluation",
        tags,
        security,
        description:
          'The host company fills the evaluation itself (logged in), from the last day of the placement; the placement becomes completed. 409 invalid_transition before the end or when already completed.',
        params: idParamsSchema,
        body: evaluationInputSchema,
        response: { 201: evaluationSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await submitEvaluation(
            app.db,
            actorOf(request),
            request.params.id,
            request.body,
            new Date(),
          ),
        ),
  );

  app.get(
    '/placements/:id/evaluation',
    {
      ...auth,
      schema: {
        summary: "Get a placement's evaluation",
        tags,
        security,
        description:
          "A placement's evaluation for its school and its host company; 404 for anyone else and while none is in.",
        params: idParamsSchema,
        response: { 200: evaluationSchema, ...authProblems },
      },
    },
    async (request) => getEvaluation(app.db, actorOf(request), request.params.id),
  );

  app.get(
    '/evaluations/ranking',
    {
      ...auth,
      schema: {
        summary: 'Ranking of host companies',
        tags,
        security,
        description:
          'The bureau\'s input for "leerbedrijf van het jaar": per company the average score of its evaluations (each the mean of its ratings), their count and its confirmed supervision hours; places counted in the school year they start in (`?schoolYear=`, default every year).',
        querystring: rankingQuerySchema,
        response: { 200: rankingSchema, ...authProblems },
      },
    },
    async (request) => evaluationRankingFor(app.db, actorOf(request), request.query),
  );
};

export default evaluationRoutes;
