import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  attachmentDisposition,
  DomainError,
  fileBodySchema,
  fileLinkParamsSchema,
  fileLinkQuerySchema,
  fileTypes,
} from '@stagebureau/domain';
import { problems } from '../shared';

/**
 * The one way out for stored files: a signed, short-lived link (no login; the feature that
 * issued it checked the caller's rights). The file is always an attachment with the content
 * type sniffed at upload and `nosniff`, so a browser never renders or guesses it.
 */
const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/files/:token',
    {
      schema: {
        summary: 'Download a file by signed link',
        tags: ['files'],
        description:
          'Downloads one stored file through a signed link that a feature handed out (public, no login). 404 for a forged or altered link, 410 file_link_expired once it expired (links live minutes). Always an attachment, never cached.',
        params: fileLinkParamsSchema,
        querystring: fileLinkQuerySchema,
        response: { 200: fileBodySchema, ...problems(404, 410, 422, 429) },
      },
    },
    async (request, reply) => {
      const link = app.fileLinks.verify(request.params.token, request.query);
      if (!link.ok) throw new DomainError(link.code, link.detail);
      const { key, fileName, kind } = link.value;
      const body = await app.objectStore.get(key);
      return (
        reply
          .type(fileTypes[kind].contentType)
          .header('content-disposition', attachmentDisposition(fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          // Should a viewer render it anyway, the file runs no script and loads nothing.
          .header('content-security-policy', "default-src 'none'; sandbox")
          // A stream or Buffer is sent as it is (never serialised); the schema documents a body.
          .send(body as unknown as string)
      );
    },
  );
};

export default fileRoutes;
