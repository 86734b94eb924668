import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { bookings } from '@stagebureau/db';
import {
  classTimeStatuses,
  heldStatuses,
  heldWhenOfferedStatus,
  liveStatuses,
} from '@stagebureau/domain';

/**
 * The booking status rules of the domain (`liveStatuses`, `heldSeats`) as SQL, so no query
 * spells a status list by hand. The lists are written as literals (not parameters), as the
 * hand-written SQL was: the planner sees the same query, and raw SQL with a table alias can
 * pass `sql\`b.status\`` as the column.
 */
const literals = (statuses: readonly string[]) => {
  if (!statuses.every((status) => /^[a-z_]+$/.test(status)))
    throw new Error(`not a status vocabulary: ${statuses.join(', ')}`);
  return sql.raw(statuses.map((status) => `'${status}'`).join(', '));
};

const live = literals(liveStatuses);
const held = literals(heldStatuses);
const heldWhenOffered = literals([heldWhenOfferedStatus]);
const classTime = literals(classTimeStatuses);

/** `status in ('requested', 'confirmed', 'waitlisted')`: the booking still counts (`isLive`). */
export const isLiveSql = (status: SQLWrapper = bookings.status): SQL => sql`${status} in (${live})`;

/**
 * The booking holds its seats in `sessions.booked_seats` (`heldSeats` > 0): a held status, or
 * a waitlisted booking that was offered seats (its hold is set).
 */
export const holdsSeatsSql = (
  status: SQLWrapper = bookings.status,
  holdExpiresAt: SQLWrapper = bookings.holdExpiresAt,
): SQL =>
  sql`(${status} in (${held}) or (${status} = ${heldWhenOffered} and ${holdExpiresAt} is not null))`;

/** The booking occupies its class's time (`classTimeStatuses`, invariant 2). */
export const occupiesClassTimeSql = (status: SQLWrapper = bookings.status): SQL =>
  sql`${status} in (${classTime})`;
