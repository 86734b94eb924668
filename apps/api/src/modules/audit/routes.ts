import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema } from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { authProblems } from '../shared';
import { listAuditEvents } from './repo';

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'List the audit trail',
        tags: ['audit'],
        security: [{ bearer: [] }],
        description:
          "The region's append-only audit trail, newest first. Filter by entity, entityId, actorUserId, action and a from/to time; page with `before` = the previous page's nextBefore.",
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'audit.read', { regionId: actor.regionId });
      return listAuditEvents(app.db, actor.regionId, request.query);
    },
  );
};

export default auditRoutes;
