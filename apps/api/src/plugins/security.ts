import type { IncomingMessage, ServerResponse } from 'node:http';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { postgresRateLimitStore } from './rateLimitStore';

const helmetOptions: HelmetOptions = {
  // The Swagger UI at /docs needs inline styles and scripts; the API serves no other HTML.
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
    },
  },
};

/**
 * Helmet's headers, computed once. They depend on nothing in the request, yet helmet's
 * middleware rebuilt them on every one: a fifth of the CPU of a `/health` answer (issue 20,
 * bench/README.md). Helmet still decides what they are; we only stop asking it each time.
 */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  let called = false;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => {
    called = true;
  });
  // Helmet's middleware is synchronous; if a future version is not, fail at start, not silently.
  if (!called) throw new Error('helmet did not set its headers synchronously');
  return headers;
}

async function securityPlugin(app: FastifyInstance) {
  const headers = securityHeaders(helmetOptions);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(rateLimit, {
    global: true,
    max: app.config.RATE_LIMIT_MAX,
    timeWindow: '1 minute',
    keyGenerator: (request) => request.ip,
    allowList: (request) => request.url === '/health' || request.url === '/ready',
    // In memory by default: one process needs no query per request. Several instances share
    // their counters in PostgreSQL, or each would allow the full limit.
    ...(app.config.RATE_LIMIT_STORE === 'postgres'
      ? { store: postgresRateLimitStore(app.db, app.log) }
      : {}),
  });
}

export default fp(securityPlugin, { name: 'security', dependencies: ['config', 'db'] });
