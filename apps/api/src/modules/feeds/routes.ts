import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DomainError,
  createFeedSchema,
  feedListSchema,
  icalendarBodySchema,
  idParamsSchema,
  issuedFeedSchema,
} from '@stagebureau/domain';
import { z } from 'zod';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { bookingCalendar } from './calendarSources';
import { icalContentType } from './icalRoutes';
import { renderCalendar } from './render';
import { createFeed, listFeeds, revokeFeed, rotateFeed, type FeedDeps } from './service';

/** Managing one's own calendar feeds, and one booking as an .ics download. */
const feedRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: FeedDeps = { db: app.db, publicApiUrl: app.config.PUBLIC_API_URL };
  const tags = ['feeds'];
  const security = [{ bearer: [] }];

  app.post(
    '/feeds',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Create a calendar feed',
        tags,
        security,
        description:
          'Create a calendar feed for a scope (school, class, company, offer, region). The ' +
          'secret URL is shown only here and on rotation.',
        body: createFeedSchema,
        response: { 201: issuedFeedSchema, ...authProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createFeed(deps, actorOf(request), request.body)),
  );

  app.get(
    '/feeds',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'List my calendar feeds',
        tags,
        security,
        description: 'My calendar feeds that are not revoked (without their secret URLs).',
        response: { 200: feedListSchema, ...authProblems },
      },
    },
    async (request) => listFeeds(deps, actorOf(request)),
  );

  app.delete(
    '/feeds/:id',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Revoke a calendar feed',
        tags,
        security,
        description: 'Revoke one of my feeds: its URL answers 404 from now on.',
        params: idParamsSchema,
        response: { 204: z.null(), ...authProblems },
      },
    },
    async (request, reply) => {
      await revokeFeed(deps, actorOf(request), request.params.id, new Date());
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/feeds/:id/rotate',
    {
      onRequest: app.authenticate,
      schema: {
        summary: "Rotate a feed's secret URL",
        tags,
        security,
        description: 'Issue a new secret URL for one of my feeds; the old URL stops working.',
        params: idParamsSchema,
        response: { 200: issuedFeedSchema, ...authProblems },
      },
    },
    async (request) => rotateFeed(deps, actorOf(request), request.params.id),
  );

  // `:id.ics` is a static suffix in find-my-way, so it lives beside `/bookings/:id`.
  app.get(
    '/bookings/:id.ics',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Download a booking as an .ics file',
        tags,
        security,
        description: 'One booking as a single-event .ics file ("add to my calendar").',
        params: idParamsSchema,
        response: { 200: icalendarBodySchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const calendar = await bookingCalendar(app.db, actor, request.params.id, app.config.WEB_URL);
      if (!calendar) throw new DomainError('not_found');
      return reply
        .type(icalContentType)
        .header('content-disposition', `attachment; filename="boeking-${request.params.id}.ics"`)
        .header('cache-control', 'private, no-store')
        .send(renderCalendar(calendar));
    },
  );
};

export default feedRoutes;
