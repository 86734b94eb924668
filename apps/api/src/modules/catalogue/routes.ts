import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DomainError,
  cataloguePageSchema,
  maxPublicSessionsDays,
  catalogueQuerySchema,
  publicCatalogueQuerySchema,
  publicOfferDetailSchema,
  publicSessionPageSchema,
  publicSessionsQuerySchema,
  regionOfferParamsSchema,
  regionSlugParamsSchema,
} from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { findOffer, toPublicSession } from '../offers/service';
import { authProblems, problems } from '../shared';
import { upcomingOpenSessions } from './repo';
import {
  browseCatalogue,
  publicSessionsOf,
  regionOfSlug,
  scopeOf,
  toCatalogueItem,
} from './service';

/** The catalogue: logged-in (region of the caller) and public per region (no school data). */
const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['catalogue'];

  app.get(
    '/offers',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Search published offers',
        tags,
        security: [{ bearer: [] }],
        description:
          'Published offers of your region, filtered, with Dutch full-text search (`q`), ordered by title, keyset-paginated (`cursor`). Companies: `mine=true` lists their own offers in every status (`status` filters). Bureau: `status` filters over the region.',
        querystring: catalogueQuerySchema,
        response: { 200: cataloguePageSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'offer.read', { regionId: actor.regionId });
      return browseCatalogue(app.db, scopeOf(actor, request.query), request.query, new Date());
    },
  );

  app.get(
    '/public/regions/:slug/offers',
    {
      schema: {
        summary: 'Public catalogue of a region',
        tags,
        description:
          "A region's published catalogue for anyone: no school or booking data, only aggregate free seats.",
        params: regionSlugParamsSchema,
        querystring: publicCatalogueQuerySchema,
        response: { 200: cataloguePageSchema, ...problems(404, 422, 429) },
      },
    },
    async (request) => {
      const regionId = await regionOfSlug(app.db, request.params.slug);
      return browseCatalogue(
        app.db,
        { regionId, statuses: ['published'] },
        request.query,
        new Date(),
      );
    },
  );

  app.get(
    '/public/regions/:slug/offers/:id',
    {
      schema: {
        summary: 'Public offer with its open sessions',
        tags,
        description: 'One published offer with its upcoming open sessions, for anyone.',
        params: regionOfferParamsSchema,
        response: { 200: publicOfferDetailSchema, ...problems(404, 422, 429) },
      },
    },
    async (request) => {
      const regionId = await regionOfSlug(app.db, request.params.slug);
      const found = await findOffer(app.db, regionId, request.params.id);
      if (!found || found.offer.status !== 'published') throw new DomainError('not_found');
      const upcoming = await upcomingOpenSessions(app.db, regionId, [found.offer.id], new Date());
      return {
        ...toCatalogueItem(found.offer, found.companyName, upcoming),
        sessions: upcoming.map(toPublicSession),
      };
    },
  );

  app.get(
    '/public/regions/:slug/sessions',
    {
      schema: {
        summary: 'Public sessions of a region, by date',
        tags,
        security: [],
        description: `The region's scheduled sessions open to every school, of published offers, starting on a local (Europe/Amsterdam) date from \`from\` to \`to\` (both included, at most ${maxPublicSessionsDays} days apart), ordered by start; with each offer's title and company and aggregate free seats only. Paged by \`limit\`/\`offset\`; \`total\` counts every match. The public year calendar reads it.`,
        params: regionSlugParamsSchema,
        querystring: publicSessionsQuerySchema,
        response: { 200: publicSessionPageSchema, ...problems(404, 422, 429) },
      },
    },
    async (request) => {
      const regionId = await regionOfSlug(app.db, request.params.slug);
      return publicSessionsOf(app.db, regionId, request.query);
    },
  );
};

export default catalogueRoutes;
