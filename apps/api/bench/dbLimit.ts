import { bookOnce, checkReplay, type Actor } from './bookingSql';
import { answerOnce, apiLikePool, driveWorld, warmPool } from './drive';
import type { BookingWorld } from './seed/bookingWorld';

/**
 * The product's own SQL for the flash-crowd work, in its own process: the same clients with
 * the same attempts, each sending the booking request's statements (bookingSql.ts) on plain
 * `pg` through a pool the size of the API's. Before the clock starts, the replay's read
 * statements are compared with what the product's functions send. Answers run.ts over IPC.
 */
export interface DbLimitCommand {
  url: string;
  poolSize: number;
  world: BookingWorld;
}

answerOnce(async ({ url, poolSize, world }: DbLimitCommand) => {
  const coordinator = world.coordinators[world.clients[0]!.school]!;
  const actor: Actor = {
    userId: coordinator.userId,
    regionId: world.regionId,
    schoolId: coordinator.schoolId,
  };
  const stale = await checkReplay(url, actor, world.clients[0]!.attempts[0]!);
  const pool = apiLikePool(url, poolSize);
  await warmPool(pool, poolSize);
  const result = await driveWorld(world, (actor, attempt) => bookOnce(pool, actor, attempt));
  await pool.end();
  return {
    ...result,
    driver: `node-pg, pool ${poolSize}`,
    notes: stale.length
      ? [`**The product-SQL replay is stale**: its ${stale.join(', ')} SQL differs from the API's.`]
      : [
          'Product-SQL replay checked against the API: its auth, facts, blackouts and view ' +
            'statements are the text the product sends.',
        ],
  };
});
