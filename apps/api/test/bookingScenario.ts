import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Database } from '@stagebureau/db';
import type { RegionSettings } from '@stagebureau/domain';
import type { App } from '../src/app';
import { findConsistencyViolations } from '../src/modules/bookings/consistency';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from './builders';
import { anOffer, aSession } from './activityBuilders';

/** Scenario helpers for booking tests: a region with a company, an offer and a session. */
export async function aBookingWorld(
  app: App,
  db: Database,
  options: {
    settings?: Partial<RegionSettings>;
    offer?: Parameters<typeof anOffer>[3];
    session?: Parameters<typeof aSession>[3];
  } = {},
) {
  const region = await aRegion(db, options.settings);
  const company = await aCompany(db, region.id);
  const offer = await anOffer(db, region.id, company.id, options.offer);
  const session = await aSession(db, region.id, offer.id, options.session);
  const companyUser = await aLoggedInUser(app, db, region.id, 'company_admin', company.id);
  const bureau = await aLoggedInUser(app, db, region.id, 'bureau_staff');
  return { region, company, offer, session, companyUser, bureau };
}

/** A school with a logged-in coordinator and classes of the given sizes. */
export async function aBookingSchool(
  app: App,
  db: Database,
  regionId: string,
  classSizes: number[] = [20],
) {
  const school = await aSchool(db, regionId);
  const coordinator = await aLoggedInUser(app, db, regionId, 'school_coordinator', school.id);
  const classes = [];
  for (const size of classSizes) classes.push(await aClass(db, regionId, school.id, { size }));
  return { school, coordinator, classes };
}

export const bookingRequest = (
  headers: Record<string, string>,
  body: Record<string, unknown>,
  key: string = randomUUID(),
) => ({
  method: 'POST' as const,
  url: '/api/v1/bookings',
  headers: { ...headers, 'idempotency-key': key },
  payload: body,
});

/** The invariants hold for the whole database (or one region). */
export async function expectSeatsConsistent(db: Database, regionId?: string) {
  expect(await findConsistencyViolations(db, { regionId })).toEqual([]);
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
  /** How many 503 answers the client retried before this one. */
  retries: number;
}
export type RetryingPost = (
  path: string,
  init: { headers: Record<string, string>; body?: unknown },
) => Promise<Reply>;

/**
 * A client over real HTTP that behaves like a well-written one: on 503 (`busy_try_again`,
 * pool exhausted) it waits a little and retries the same request, same Idempotency-Key.
 */
export const retryingPost =
  (baseUrl: string): RetryingPost =>
  async (path, init) => {
    for (let retries = 0; retries < 100; retries++) {
      const response = await fetch(`${baseUrl}/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...init.headers },
        body: JSON.stringify(init.body ?? {}),
      });
      const body = (await response.json()) as Record<string, unknown>;
      if (response.status !== 503) return { status: response.status, body, retries };
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
    }
    throw new Error(`gave up on ${path} after 100 retries`);
  };

export const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>(
    (acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }),
    {},
  );
