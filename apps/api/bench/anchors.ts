import { prepareFullShape, prepareHotRow } from './anchorSql';
import { answerOnce, apiLikePool, driveWorld, warmPool } from './drive';
import type { BookingWorld } from './seed/bookingWorld';

/**
 * One PostgreSQL anchor (anchorSql.ts) in its own process, on its own booking world: the
 * flash crowd's clients and attempts through a pool the size of the API's. Answers run.ts over
 * IPC with the raw latencies and outcomes.
 */
export type AnchorName = 'hot-row' | 'full-shape';

export interface AnchorCommand {
  anchor: AnchorName;
  url: string;
  poolSize: number;
  world: BookingWorld;
}

answerOnce(async ({ anchor, url, poolSize, world }: AnchorCommand) => {
  const pool = apiLikePool(url, poolSize);
  try {
    const book =
      anchor === 'hot-row'
        ? await prepareHotRow(pool, world.regionId)
        : await prepareFullShape(pool);
    await warmPool(pool, poolSize);
    return await driveWorld(world, book);
  } finally {
    await pool.end();
  }
});
