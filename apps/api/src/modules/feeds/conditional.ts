import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { feedWindow } from '@stagebureau/domain';
import type { FeedVersion } from './versions';

export interface Validators {
  etag: string;
  lastModified: Date;
}

/** Raise when the rendering changes, so calendars holding an old copy fetch the new one. */
const renderVersion = 3;

/** Everything a calendar's bytes are a function of, and nothing else. */
export interface CalendarIdentity {
  /** The content's scope (`school:<id>`, `public:<region>`…): every feed of it is the same. */
  identity: string;
  name: string;
  nameChangedAt: Date;
  /** The day the window was taken at (see `feedDay`) and the window itself. */
  day: Date;
  window: ReturnType<typeof feedWindow>;
}

/**
 * Strong ETag and Last-Modified of a calendar: its identity, name, window and the version of
 * its keys. Last-Modified is never before the window's day, as the window moving is a change.
 */
export function validatorsOf(calendar: CalendarIdentity, version: FeedVersion): Validators {
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        renderVersion,
        calendar.identity,
        calendar.name,
        calendar.window.historyFrom.toISOString(),
        calendar.window.cancelledKeptFrom.toISOString(),
        version.token,
      ]),
    )
    .digest('base64url')
    .slice(0, 32);
  const latest = Math.max(
    version.changedAt?.getTime() ?? 0,
    calendar.nameChangedAt.getTime(),
    calendar.day.getTime(),
  );
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
