import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, pupilCountListSchema } from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { pupilCountsOfSchool } from './duoRecords';
import { organisationFor } from './service';

/**
 * DUO pupil counts of a school's locations (issue 21), public data: whoever may read the
 * school may read them. Stored for allocation weights and report denominators; not used by
 * allocation yet.
 */
const pupilCountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organisations/:id/pupil-counts',
    {
      onRequest: app.authenticate,
      schema: {
        summary: "List a school's pupil counts",
        tags: ['organisations'],
        security: [{ bearer: [] }],
        description:
          'Pupils per school location and school year (DUO, peildatum 1 October), newest year first. `pupilsAtVavo` is null where DUO suppresses small numbers.',
        params: idParamsSchema,
        response: { 200: pupilCountListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const school = await organisationFor(app.db, actor, request.params.id, 'organisation.read', {
        kind: 'school',
      });
      return { items: await pupilCountsOfSchool(app.db, actor.regionId, school.id) };
    },
  );
};

export default pupilCountRoutes;
