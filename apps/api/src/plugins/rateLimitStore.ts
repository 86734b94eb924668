import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '@stagebureau/db';
import { deleteExpiredCounters, hitCounter } from './sharedCounters';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

/** Every this many hits in one process, one bounded delete of expired rows (the table's sweep). */
const sweepEvery = 1_000;

interface StoreOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  /** Set by @fastify/rate-limit for a route with its own `config.rateLimit`. */
  routeInfo?: { method?: string | string[]; url?: string };
}

/**
 * A @fastify/rate-limit store on the shared `rate_limit_counters` table, so N API instances
 * enforce one limit instead of N (issue 20). Fixed windows, like the library's own stores.
 * Keys: `ip:<address>:*` for the global limit, `ip:<address>:<METHOD> <url>` for a route's own.
 * `continueExceeding` and `exponentialBackoff` are not supported (the API uses neither).
 */
export function postgresRateLimitStore(
  db: Database,
  log: FastifyBaseLogger,
): FastifyRateLimitStoreCtor {
  let hitsSinceSweep = 0;

  const sweep = (now: Date) => {
    hitsSinceSweep = 0;
    deleteExpiredCounters(db, now, sweepEvery).catch((error: unknown) =>
      log.warn({ err: error }, 'rate limit counter sweep failed'),
    );
  };

  class PostgresRateLimitStore implements FastifyRateLimitStore {
    private readonly scope: string;

    constructor(options: StoreOptions) {
      if (options.continueExceeding || options.exponentialBackoff) {
        throw new Error('The PostgreSQL rate-limit store supports fixed windows only');
      }
      const route = options.routeInfo;
      this.scope = route?.url ? `${[route.method].flat().join(',')} ${route.url}` : '*';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      // The library gives the store no clock; this is the edge where the request's time is read.
      const now = new Date();
      if (++hitsSinceSweep >= sweepEvery) sweep(now);
      hitCounter(db, `ip:${key}:${this.scope}`, timeWindow, now).then(
        ({ hits, windowEndsAt }) =>
          callback(null, { current: hits, ttl: windowEndsAt.getTime() - now.getTime() }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      return new PostgresRateLimitStore(routeOptions as StoreOptions);
    }
  }

  return PostgresRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
