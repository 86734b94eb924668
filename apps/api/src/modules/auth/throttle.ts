/**
 * Failed-login counter per account in a sliding window. In-process by design: a single API
 * process serves a region; the per-IP limit is enforced by @fastify/rate-limit on the route.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  isBlocked(account: string, now: number): boolean {
    return this.recent(account, now).length >= this.maxFailures;
  }

  recordFailure(account: string, now: number): void {
    this.failures.set(account, [...this.recent(account, now), now]);
  }

  reset(account: string): void {
    this.failures.delete(account);
  }

  private recent(account: string, now: number): number[] {
    return (this.failures.get(account) ?? []).filter((time) => now - time < this.windowMs);
  }
}
