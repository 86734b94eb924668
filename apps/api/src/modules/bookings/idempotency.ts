import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { idempotencyKeys, type Database, type Transaction } from '@stagebureau/db';
import { DomainError, type Actor, type ErrorCode } from '@stagebureau/domain';

export interface Answer {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** Stable JSON (sorted keys) so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const requestHashOf = (route: string, body: unknown) =>
  createHash('sha256')
    .update(`${route}\n${canonical(body)}`)
    .digest('hex');

/** Refusals that are the answer to the request, so a retry must get them again. */
const transient = new Set<ErrorCode>(['busy_try_again', 'service_unavailable', 'internal_error']);

/**
 * Runs `attempt` at most once per (user, key) (invariant 4). An advisory lock on the key
 * serialises duplicates that arrive together; the first answer — success or business
 * refusal — is stored in the same transaction as the booking, and replayed to every retry.
 * The attempt runs in a savepoint, so a refusal is stored while its writes are rolled back.
 * Contention (lock timeout) stores nothing: the client retries with the same key.
 */
export async function answerOnce(
  db: Database,
  actor: Actor,
  key: string,
  requestHash: string,
  attempt: (tx: Transaction) => Promise<{ status: number; body: unknown }>,
  refusal: (error: DomainError) => { status: number; body: unknown },
): Promise<Answer> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`idem:${actor.userId}:${key}`}, 0))`,
    );
    const [stored] = await tx
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, actor.userId), eq(idempotencyKeys.key, key)));
    if (stored) {
      if (stored.requestHash !== requestHash) throw new DomainError('idempotency_key_reused');
      return { status: stored.responseStatus, body: stored.responseBody, replayed: true };
    }
    let answer: { status: number; body: unknown };
    try {
      answer = await tx.transaction(attempt);
    } catch (error) {
      if (!(error instanceof DomainError) || transient.has(error.code)) throw error;
      answer = refusal(error);
    }
    await tx.insert(idempotencyKeys).values({
      regionId: actor.regionId,
      userId: actor.userId,
      key,
      requestHash,
      responseStatus: answer.status,
      responseBody: answer.body,
    });
    return { ...answer, replayed: false };
  });
}
