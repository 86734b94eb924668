import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openapiTags } from './openapiTags';
import { documentTransform, operationTransform } from './openapiTransform';

/**
 * `/openapi.json` (OpenAPI 3.0.3, decision 014) and `/docs`. School administration systems
 * build on this document: `pnpm lint:openapi` lints it with Redocly and Spectral, and a test
 * generates a typed client from it.
 */
async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Stagebureau API',
        description:
          'Shared regional booking platform for internships, company visits and guest lessons. ' +
          'Sign in with `POST /api/v1/auth/login` and send the access token as `Authorization: Bearer …`; ' +
          'errors are RFC 9457 problem+json with a stable `code`.',
        version: '1.0.0',
        contact: { name: 'Stagebureau', url: app.config.WEB_URL },
      },
      // Relative: the server that serves this document (PUBLIC_API_URL), whatever its name.
      servers: [{ url: '/', description: 'Deze installatie — this installation' }],
      tags: openapiTags,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          platformBearer: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'A platform admin’s token from `POST /api/v1/platform/auth/login`; it opens only the /platform routes.',
          },
        },
      },
    },
    transform: operationTransform(
      () => app.authenticate,
      () => app.authenticatePlatform,
    ),
    transformObject: documentTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapiPlugin, { name: 'openapi', dependencies: ['config'] });
