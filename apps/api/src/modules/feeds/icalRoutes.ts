import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DomainError,
  feedTokenParamsSchema,
  icalendarBodySchema,
  publicCalendarParamsSchema,
} from '@stagebureau/domain';
import { z } from 'zod';
import { problems } from '../shared';
import type { CalendarSource } from './calendarSources';
import { feedSourceForToken, publicSourceForRegion } from './calendarSources';
import { isNotModified, validatorsOf } from './conditional';
import { icalContentType, renderCalendar } from './render';
import { RenderCache } from './renderCache';

export { icalContentType };

/**
 * Answers 304 from the calendar's version alone (a few indexed lookups); a changed calendar is
 * rendered once per version and instance, then served from the cache.
 */
async function sendCalendar(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: RenderCache,
  source: CalendarSource | null,
  cacheControl: string,
) {
  // Unknown, revoked and no-longer-allowed look the same: nothing to learn from a 404.
  if (!source) throw new DomainError('not_found');
  const validators = validatorsOf(source, source.version);
  reply
    .header('etag', validators.etag)
    .header('last-modified', validators.lastModified.toUTCString())
    .header('cache-control', cacheControl);
  if (isNotModified(request, validators)) return reply.code(304).send();
  const body = await cache.get(`${source.identity} ${validators.etag}`, async () =>
    Buffer.from(renderCalendar(await source.build())),
  );
  return reply.type(icalContentType).send(body);
}

/** iCalendar subscriptions, outside /api/v1: calendar clients fetch them without a login. */
const icalRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['feeds'];
  const rateLimit = { max: app.config.ICAL_MAX_PER_IP, timeWindow: '1 minute' };
  const response = { 200: icalendarBodySchema, 304: z.null(), ...problems(404, 429) };
  const cache = new RenderCache(app.config.FEED_CACHE_MB * 1024 * 1024);

  app.get(
    '/ical/:token.ics',
    {
      config: { rateLimit },
      schema: {
        summary: 'Calendar feed by secret token',
        tags,
        description:
          'A calendar feed by its secret token (RFC 5545). Supports If-None-Match and ' +
          'If-Modified-Since. Unknown, revoked or no longer permitted tokens answer 404.',
        params: feedTokenParamsSchema,
        response,
      },
    },
    async (request, reply) =>
      sendCalendar(
        request,
        reply,
        cache,
        await feedSourceForToken(app.db, request.params.token, new Date(), app.config.WEB_URL),
        'private, no-cache',
      ),
  );

  app.get(
    '/ical/public/:regionSlug.ics',
    {
      config: { rateLimit },
      schema: {
        summary: 'Public year calendar of a region',
        tags,
        description:
          "The region's public year calendar (jaarkalender): published sessions with free " +
          'seats, no school data. No login.',
        params: publicCalendarParamsSchema,
        response,
      },
    },
    async (request, reply) =>
      sendCalendar(
        request,
        reply,
        cache,
        await publicSourceForRegion(
          app.db,
          request.params.regionSlug,
          new Date(),
          app.config.WEB_URL,
        ),
        'public, no-cache',
      ),
  );
};

export default icalRoutes;
