import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createTaxonomyTermSchema,
  idParamsSchema,
  regionSchema,
  taxonomyListSchema,
  taxonomyTermSchema,
  updateRegionSettingsSchema,
} from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { listTaxonomy } from './repo';
import { addTerm, readRegion, removeTerm, updateRegionSettings } from './service';

const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  app.get(
    '/region',
    {
      onRequest,
      schema: {
        summary: 'Get my region and its rules',
        tags: ['region'],
        security,
        description: "The caller's region with its rules (booking caps, holds, in-kind rate).",
        response: { 200: regionSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'region.read', { regionId: actor.regionId });
      return readRegion(app.db, actor);
    },
  );

  app.patch(
    '/region/settings',
    {
      onRequest,
      schema: {
        summary: "Change the region's rules",
        tags: ['region'],
        security,
        description: "Change the region's rules (bureau admin). Only the given settings change.",
        body: updateRegionSettingsSchema,
        response: { 200: regionSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'region.update', { regionId: actor.regionId });
      return updateRegionSettings(app.db, actor, request.body);
    },
  );

  app.get(
    '/taxonomy',
    {
      onRequest,
      schema: {
        summary: 'List sector tags and vmbo profiles',
        tags: ['taxonomy'],
        security,
        description: "The region's sector tags and vmbo profiles.",
        response: { 200: taxonomyListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'region.read', { regionId: actor.regionId });
      return { items: await listTaxonomy(app.db, actor.regionId) };
    },
  );

  app.post(
    '/taxonomy',
    {
      onRequest,
      schema: {
        summary: 'Add a sector tag or vmbo profile',
        tags: ['taxonomy'],
        security,
        description: 'Add a sector tag or vmbo profile to the region (bureau).',
        body: createTaxonomyTermSchema,
        response: { 201: taxonomyTermSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorise(actor, 'taxonomy.manage', { regionId: actor.regionId });
      return reply.code(201).send(await addTerm(app.db, actor, request.body));
    },
  );

  app.delete(
    '/taxonomy/:id',
    {
      onRequest,
      schema: {
        summary: 'Remove a taxonomy term',
        tags: ['taxonomy'],
        security,
        description:
          'Remove a term from the region (bureau). Tags already on offers and organisations stay.',
        params: idParamsSchema,
        response: { 204: z.null().describe('Removed'), ...authProblems },
      },
    },
    async (request, reply) => {
      await removeTerm(app.db, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default regionRoutes;
