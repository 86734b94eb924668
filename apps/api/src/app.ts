import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { DatabaseHandle } from '@stagebureau/db';
import type { Config } from './config';
import { logSerializers } from './logging/redact';
import authPlugin from './plugins/auth';
import configPlugin from './plugins/config';
import dbPlugin from './plugins/db';
import errorsPlugin, { sendProblem } from './plugins/errors';
import openapiPlugin from './plugins/openapi';
import securityPlugin from './plugins/security';
import { apiModules } from './modules/index';
import healthRoutes from './modules/health/routes';
import notificationWorkerPlugin from './modules/notifications/plugin';
import storagePlugin from './modules/storage/plugin';
import icalRoutes from './modules/feeds/icalRoutes';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  /** Logger options merged over the defaults (level from config, URL-redacting serializers). */
  logger?: Exclude<FastifyServerOptions['logger'], boolean>;
}

/** The composition root: plugins first, then the feature modules. Tests build exactly this. */
export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: {
      level: options.config.LOG_LEVEL,
      serializers: logSerializers,
      ...(typeof options.logger === 'object' ? options.logger : {}),
    },
    bodyLimit: 256 * 1024,
    // The web server calls the API on behalf of browsers and forwards their address.
    trustProxy: options.config.TRUST_PROXY,
    ajv: { customOptions: { removeAdditional: false } },
    // A malformed or over-long path segment is bad input like any other: problem+json 422.
    frameworkErrors: (error, _request, reply) =>
      sendProblem(reply, 'validation_failed', undefined, [
        { path: 'params', message: error.message },
      ]),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(configPlugin, { config: options.config });
  await app.register(dbPlugin, { database: options.database });
  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(openapiPlugin);
  await app.register(authPlugin);
  await app.register(notificationWorkerPlugin);
  await app.register(storagePlugin);

  await app.register(healthRoutes);
  await app.register(icalRoutes);
  for (const module of apiModules) await app.register(module, { prefix: '/api/v1' });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
