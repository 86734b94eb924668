import { createDatabase } from '@stagebureau/db';
import { bookOnce } from './bookingSql';
import { answerOnce, driveWorld, warmPool } from './drive';
import type { BookingWorld } from './seed/bookingWorld';

/**
 * The product's booking path without HTTP, in its own process: the same clients with the same
 * attempts, each running the product's own functions (bookingSql.ts) on a pool the size of
 * the API's. Answers run.ts over IPC.
 */
export interface DbLimitCommand {
  url: string;
  poolSize: number;
  world: BookingWorld;
}

answerOnce(async ({ url, poolSize, world }: DbLimitCommand) => {
  const handle = createDatabase(url, { max: poolSize });
  await warmPool(handle.pool, poolSize);
  const result = await driveWorld(world, (actor, attempt) => bookOnce(handle.db, actor, attempt));
  await handle.close();
  return { ...result, driver: `product functions, pool ${poolSize}`, notes: [] };
});
