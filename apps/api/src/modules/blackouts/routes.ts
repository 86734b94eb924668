import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  blackoutListQuerySchema,
  blackoutSchema,
  createBlackoutSchema,
  idParamsSchema,
  updateBlackoutSchema,
} from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { authProblems } from '../shared';
import { listBlackouts } from './repo';
import { createBlackout, editBlackout, removeBlackout, toBlackout } from './service';

/** School holidays and exam weeks: the bureau manages them, everyone in the region reads them. */
const blackoutRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['blackouts'];
  const security = [{ bearer: [] }];

  app.get(
    '/blackouts',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'List blackout periods',
        tags,
        security,
        description: 'Blackout periods of the region, optionally touching a date range.',
        querystring: blackoutListQuerySchema,
        response: { 200: z.object({ items: z.array(blackoutSchema) }), ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'blackout.read', { regionId: actor.regionId });
      const rows = await listBlackouts(app.db, actor.regionId, request.query);
      return { items: rows.map(toBlackout) };
    },
  );

  app.post(
    '/blackouts',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Add a blackout period',
        tags,
        security,
        description: 'Add a school holiday (per NL holiday region) or an exam week (per school).',
        body: createBlackoutSchema,
        response: { 201: blackoutSchema, ...authProblems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createBlackout(app.db, actorOf(request), request.body)),
  );

  app.patch(
    '/blackouts/:id',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Edit a blackout period',
        tags,
        security,
        description: 'Edit a blackout period.',
        params: idParamsSchema,
        body: updateBlackoutSchema,
        response: { 200: blackoutSchema, ...authProblems },
      },
    },
    async (request) => editBlackout(app.db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/blackouts/:id',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Delete a blackout period',
        tags,
        security,
        description: 'Delete a blackout period.',
        params: idParamsSchema,
        response: { 204: z.null(), ...authProblems },
      },
    },
    async (request, reply) => {
      await removeBlackout(app.db, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default blackoutRoutes;
