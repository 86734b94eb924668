import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cancelSessionSchema,
  createSessionSchema,
  idParamsSchema,
  organisationSessionPageSchema,
  organisationSessionsQuerySchema,
  seriesCreatedSchema,
  seriesPreviewSchema,
  sessionChangedSchema,
  sessionCreatedSchema,
  sessionListQuerySchema,
  sessionListSchema,
  sessionSchema,
  sessionSeriesSchema,
  updateSessionSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { toSession } from './present';
import { listSessionsOfOffer } from './repo';
import { getOffer, getSession, listOrganisationSessions, sessionScope } from './service';
import {
  cancelSession,
  changeSession,
  createSeries,
  createSession,
  previewSeries,
} from './sessionService';

/** Dated sessions of fixed-session offers: one, a series, changes and cancellation. */
const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['sessions'];
  const security = [{ bearer: [] }];
  const writeProblems = { ...authProblems, ...problems(409) };

  app.post(
    '/offers/:id/sessions',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Add a session to an offer',
        tags,
        security,
        description:
          'Add one session (UTC instants). Inside a blackout period it is still created; `warnings` say so.',
        params: idParamsSchema,
        body: createSessionSchema,
        response: { 201: sessionCreatedSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createSession(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/offers/:id/sessions/series',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Add a weekly series of sessions',
        tags,
        security,
        description:
          'Add a weekly series in Europe/Amsterdam wall-clock time (keeps its local time across DST); at most 200 sessions.',
        params: idParamsSchema,
        body: sessionSeriesSchema,
        response: { 201: seriesCreatedSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createSeries(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/offers/:id/sessions/series/preview',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Preview a weekly series',
        tags,
        security,
        description: 'The dates a series would create, with blackout warnings; nothing is saved.',
        params: idParamsSchema,
        body: sessionSeriesSchema,
        response: { 200: seriesPreviewSchema, ...authProblems },
      },
    },
    async (request) => previewSeries(app.db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/offers/:id/sessions',
    {
      onRequest: app.authenticate,
      schema: {
        summary: "List an offer's sessions",
        tags,
        security,
        description:
          'Sessions of an offer with free seats. Owner and bureau: all (`includeCancelled`); others: upcoming scheduled.',
        params: idParamsSchema,
        querystring: sessionListQuerySchema,
        response: { 200: sessionListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { offer } = await getOffer(app.db, actor, request.params.id);
      const scope = sessionScope(actor, offer.organisationId);
      const rows = await listSessionsOfOffer(app.db, actor.regionId, offer.id, {
        ...scope,
        includeCancelled: scope.includeCancelled && request.query.includeCancelled !== 'false',
        from: request.query.from ? new Date(request.query.from) : scope.from,
      });
      return { items: rows.map(toSession) };
    },
  );

  app.get(
    '/organisations/:id/sessions',
    {
      onRequest: app.authenticate,
      schema: {
        summary: "List a company's sessions",
        tags,
        security,
        description:
          "Every session of the company's offers (drafts left out) with its offer's title and seats, by start, paged with `total`. The company's own staff and the bureau; cancelled ones unless `includeCancelled=false`; `from` keeps those starting then or later.",
        params: idParamsSchema,
        querystring: organisationSessionsQuerySchema,
        response: { 200: organisationSessionPageSchema, ...authProblems },
      },
    },
    async (request) =>
      listOrganisationSessions(app.db, actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/sessions/:id',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Get a session',
        tags,
        security,
        description: 'One session with its free seats (its bookings: GET /bookings?sessionId=).',
        params: idParamsSchema,
        response: { 200: sessionSchema, ...authProblems },
      },
    },
    async (request) => getSession(app.db, actorOf(request), request.params.id),
  );

  app.patch(
    '/sessions/:id',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Move or resize a session',
        tags,
        security,
        description:
          'Move a session or change its capacity. Bookings move along; raised capacity promotes the waitlist; below the booked seats only the bureau (409 capacity_below_booked otherwise).',
        params: idParamsSchema,
        body: updateSessionSchema,
        response: { 200: sessionChangedSchema, ...writeProblems },
      },
    },
    async (request) =>
      changeSession(app.db, actorOf(request), request.params.id, request.body, new Date()),
  );

  app.post(
    '/sessions/:id/cancel',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Cancel a session',
        tags,
        security,
        description:
          'Cancel a session with a reason. Its bookings are cancelled (kept, with the reason) and the bureau gets a conflict.',
        params: idParamsSchema,
        body: cancelSessionSchema,
        response: { 200: sessionChangedSchema, ...writeProblems },
      },
    },
    async (request) =>
      cancelSession(app.db, actorOf(request), request.params.id, request.body.reason, new Date()),
  );
};

export default sessionRoutes;
