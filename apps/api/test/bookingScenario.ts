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
