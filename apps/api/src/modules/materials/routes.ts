import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  anonymousIn,
  idParamsSchema,
  changeMaterialSchema,
  libraryQuerySchema,
  materialDownloadQuerySchema,
  materialDownloadSchema,
  materialListSchema,
  materialPageSchema,
  materialSchema,
  materialVersionListSchema,
  regionOfferParamsSchema,
  regionSlugParamsSchema,
  type MaterialDownload,
  type MaterialReader,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { regionOfSlug } from '../catalogue/service';
import { authProblems, problems } from '../shared';
import { versionToOpen } from './download';
import {
  browseLibrary,
  getMaterial,
  listMaterialsOf,
  listPublicMaterialsOf,
  listVersions,
} from './service';
import materialWriteRoutes from './writeRoutes';
import { changeMaterial, removeMaterial } from './write';

/**
 * Shared material (issue 18): files and links on offers, places, requests and the region's
 * library, versioned; each reader sees what its visibility lets them (`canSeeMaterial`).
 */
const materialRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['materials'];
  const security = [{ bearer: [] }];
  const auth = { onRequest: app.authenticate };
  const publicProblems = problems(404, 422, 429);

  await app.register(materialWriteRoutes);

  /** A file version opens through a short-lived signed link, a link version at its address. */
  const open = async (reader: MaterialReader, id: string, version?: number) => {
    const found = await versionToOpen(app.db, reader, id, version);
    if (found.content === 'link')
      return { content: 'link', url: found.url, expiresAt: null } satisfies MaterialDownload;
    return {
      content: 'file',
      ...app.fileLinks.downloadLink(found.file),
    } satisfies MaterialDownload;
  };

  for (const kind of ['offer', 'place', 'request'] as const) {
    app.get(
      `/${kind === 'place' ? 'places' : `${kind}s`}/:id/materials`,
      {
        ...auth,
        schema: {
          summary: `List the materials of a ${kind}`,
          tags,
          security,
          description: `The ${kind}'s materials the caller may see, newest first, each with its latest version: everything for its owner and the bureau; \`public\` ones for everyone who sees the ${kind}; \`booked_schools\` ones also for the schools taking part (a booking or placement that is requested, confirmed or completed; for a request: a part of it, or a company taking one).`,
          params: idParamsSchema,
          response: { 200: materialListSchema, ...authProblems },
        },
      },
      async (request) => listMaterialsOf(app.db, actorOf(request), { kind, id: request.params.id }),
    );
  }

  app.get(
    '/library/materials',
    {
      ...auth,
      schema: {
        summary: 'Search the library',
        tags,
        security,
        description:
          'The region\'s shared library by title, keyset-paginated (`cursor`): `q` finds words that start with each searched word ("veil" finds "Veiligheidsinstructie"), `kind` and `level` filter. Schools see `public` and `booked_schools` material, companies `public`, the bureau all.',
        querystring: libraryQuerySchema,
        response: { 200: materialPageSchema, ...authProblems },
      },
    },
    async (request) => browseLibrary(app.db, actorOf(request), request.query),
  );

  app.get(
    '/materials/:id',
    {
      ...auth,
      schema: {
        summary: 'Get a material',
        tags,
        security,
        description: 'One material with its latest version, for whoever may see it.',
        params: idParamsSchema,
        response: { 200: materialSchema, ...authProblems },
      },
    },
    async (request) => getMaterial(app.db, actorOf(request), request.params.id),
  );

  app.get(
    '/materials/:id/versions',
    {
      ...auth,
      schema: {
        summary: "List a material's versions",
        tags,
        security,
        description:
          'Every version of a material, newest first: for the owning organisation and the bureau (403 for other readers, who get the latest only).',
        params: idParamsSchema,
        response: { 200: materialVersionListSchema, ...authProblems },
      },
    },
    async (request) => listVersions(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/materials/:id/download-link',
    {
      ...auth,
      schema: {
        summary: 'Open a version of a material',
        tags,
        security,
        description:
          'How to open a version, for whoever may see the material: a file through a short-lived signed link (`expiresAt`), a link material at its own https address (`expiresAt` null). The latest version unless `version` names an older one (owner and bureau only).',
        params: idParamsSchema,
        querystring: materialDownloadQuerySchema,
        response: { 200: materialDownloadSchema, ...authProblems },
      },
    },
    async (request) => open(actorOf(request), request.params.id, request.query.version),
  );

  app.patch(
    '/materials/:id',
    {
      ...auth,
      schema: {
        summary: 'Edit a material',
        tags,
        security,
        description:
          'The owner (or the bureau) changes the title, description, kind, visibility or audience of a material. Its content changes only by a new version.',
        params: idParamsSchema,
        body: changeMaterialSchema,
        response: { 200: materialSchema, ...authProblems },
      },
    },
    async (request) => changeMaterial(app.db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/materials/:id',
    {
      ...auth,
      schema: {
        summary: 'Delete a material',
        tags,
        security,
        description:
          'The owner (or the bureau) deletes a material with all its versions and their files.',
        params: idParamsSchema,
        response: { 204: z.null(), ...authProblems },
      },
    },
    async (request, reply) => {
      await removeMaterial(app.db, app.objectStore, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/public/regions/:slug/offers/:id/materials',
    {
      schema: {
        summary: 'Public materials of an offer',
        tags,
        description:
          "A published offer's `public` materials, for anyone (no account), each with its latest version.",
        params: regionOfferParamsSchema,
        response: { 200: materialListSchema, ...publicProblems },
      },
    },
    async (request) =>
      listPublicMaterialsOf(
        app.db,
        await regionOfSlug(app.db, request.params.slug),
        request.params.id,
      ),
  );

  app.get(
    '/public/regions/:slug/library/materials',
    {
      schema: {
        summary: 'Public materials of the library',
        tags,
        description:
          "The region's library's `public` materials, for anyone (no account): search and paging as the library.",
        params: regionSlugParamsSchema,
        querystring: libraryQuerySchema,
        response: { 200: materialPageSchema, ...publicProblems },
      },
    },
    async (request) =>
      browseLibrary(
        app.db,
        anonymousIn(await regionOfSlug(app.db, request.params.slug)),
        request.query,
      ),
  );

  app.post(
    '/public/regions/:slug/materials/:id/download-link',
    {
      schema: {
        summary: 'Open a public material',
        tags,
        description:
          'How to open the latest version of a `public` material of a published offer or of the library, for anyone (no account); anything else is 404.',
        params: regionOfferParamsSchema,
        response: { 200: materialDownloadSchema, ...publicProblems },
      },
    },
    async (request) =>
      open(anonymousIn(await regionOfSlug(app.db, request.params.slug)), request.params.id),
  );
};

export default materialRoutes;
