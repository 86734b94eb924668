import { createHash } from 'node:crypto';
import type { Database } from '@stagebureau/db';
import {
  clearCounter,
  counterHits,
  deleteExpiredCounters,
  hitCounter,
} from '../../plugins/sharedCounters';

/**
 * Failed logins per account, counted in PostgreSQL so that every API instance behind a load
 * balancer sees the same count (issue 20). The window is fixed, not sliding: it starts at the
 * first failure and the count restarts after it ends, so an attacker gets at most twice
 * `maxFailures` tries across a window boundary. A successful login clears the count. The per-IP
 * limit is enforced by @fastify/rate-limit on the route.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Database,
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  async isBlocked(account: string, now: Date): Promise<boolean> {
    return (await counterHits(this.db, keyOf(account), now)) >= this.maxFailures;
  }

  async recordFailure(account: string, now: Date): Promise<void> {
    await hitCounter(this.db, keyOf(account), this.windowMs, now);
    // Failures for addresses that never log in would stay forever: each failure clears a few.
    await deleteExpiredCounters(this.db, now, 20);
  }

  async reset(account: string): Promise<void> {
    await clearCounter(this.db, keyOf(account));
  }
}

/**
 * E-mail addresses are matched case-insensitively at login, so they are counted that way too;
 * the counter holds only a hash of the address, no personal data.
 */
const keyOf = (account: string) =>
  `login:${createHash('sha256').update(account.toLowerCase()).digest('hex')}`;
