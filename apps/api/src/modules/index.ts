import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import authRoutes from './auth/routes';

/** Every feature module mounted under /api/v1, in one list. */
export const apiModules: FastifyPluginAsyncZod[] = [authRoutes];
