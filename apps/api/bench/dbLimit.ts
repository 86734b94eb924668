import { bookOnce } from './bookingSql';
import { answerOnce, apiLikePool, driveWorld, warmPool } from './drive';
import type { BookingWorld } from './seed/bookingWorld';

/**
 * The product's own SQL for the flash-crowd work, in its own process: the same clients with
 * the same attempts, each running the booking transaction's SQL (bookingSql.ts) on plain `pg`
 * through a pool the size of the API's. Answers run.ts over IPC.
 */
export interface DbLimitCommand {
  url: string;
  poolSize: number;
  world: BookingWorld;
}

answerOnce(async ({ url, poolSize, world }: DbLimitCommand) => {
  const pool = apiLikePool(url, poolSize);
  await warmPool(pool, poolSize);
  const result = await driveWorld(world, (actor, attempt) => bookOnce(pool, actor, attempt));
  await pool.end();
  return result;
});
