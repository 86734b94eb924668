import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** A cheap summary of a feed's rows: if none of it changed, neither did the calendar. */
export interface FeedAggregate {
  count: number;
  /** Sums of the monotonic counters (and seat numbers) of the rows, as text. */
  fingerprint: string;
  changedAt: Date | null;
}

export interface Validators {
  etag: string;
  lastModified: Date;
}

/** Raise when the rendering changes, so calendars holding an old copy fetch the new one. */
const renderVersion = 2;

/** The aggregate of a calendar built from two sources (class bookings and placements). */
export const combinedAggregate = (a: FeedAggregate, b: FeedAggregate): FeedAggregate => ({
  count: a.count + b.count,
  fingerprint: `${a.fingerprint}|${b.fingerprint}`,
  changedAt:
    a.changedAt && b.changedAt
      ? new Date(Math.max(a.changedAt.getTime(), b.changedAt.getTime()))
      : (a.changedAt ?? b.changedAt),
});

/** Strong ETag and Last-Modified of a feed, from its identity, name and aggregate. */
export function validatorsOf(
  identity: string,
  calendarName: string,
  aggregate: FeedAggregate,
  nameChangedAt: Date,
): Validators {
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        renderVersion,
        identity,
        calendarName,
        aggregate.count,
        aggregate.fingerprint,
        aggregate.changedAt?.toISOString() ?? null,
      ]),
    )
    .digest('base64url')
    .slice(0, 32);
  const latest = Math.max(aggregate.changedAt?.getTime() ?? 0, nameChangedAt.getTime());
  // HTTP dates have whole seconds; round down so If-Modified-Since compares like for like.
  return { etag: `"${digest}"`, lastModified: new Date(Math.floor(latest / 1000) * 1000) };
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only counts without it. */
export function isNotModified(request: FastifyRequest, validators: Validators): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === validators.etag);
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && validators.lastModified.getTime() <= since;
}
