import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problems } from '../shared';

const statusSchema = z.object({ status: z.enum(['ok']) });

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness check',
        tags: ['health'],
        description: 'Liveness: the process answers.',
        response: { 200: statusSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      schema: {
        summary: 'Readiness check',
        tags: ['health'],
        description: 'Readiness: the database answers.',
        response: { 200: statusSchema, ...problems(503) },
      },
    },
    async () => {
      await app.db.execute(sql`select 1`);
      return { status: 'ok' as const };
    },
  );
};

export default healthRoutes;
