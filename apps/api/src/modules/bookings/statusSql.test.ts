import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookingStatuses, heldSeats, isLive } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import { holdsSeatsSql, isLiveSql } from './statusSql';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestApp();
});

describe('status SQL', () => {
  it('when PostgreSQL evaluates it for every status, with and without a hold, then it agrees with the domain', async () => {
    const holdExpiresAt = new Date('2027-03-01T09:00:00Z');
    for (const status of bookingStatuses)
      for (const hold of [null, holdExpiresAt]) {
        const status$ = sql`${status}::text`;
        const hold$ = sql`${hold}::timestamptz`;
        const { rows } = await ctx.db.execute<{ live: boolean; held: boolean }>(
          sql`select ${isLiveSql(status$)} as live, ${holdsSeatsSql(status$, hold$)} as held`,
        );
        expect({ status, hold, ...rows[0] }).toEqual({
          status,
          hold,
          live: isLive(status),
          held: heldSeats({ status, seats: 1, holdExpiresAt: hold }) > 0,
        });
      }
  });
});
