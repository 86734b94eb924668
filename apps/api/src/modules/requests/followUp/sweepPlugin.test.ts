import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, requestReminders, type Database } from '@stagebureau/db';
import { addDays, localDateOf, schoolYearOfDate } from '@stagebureau/domain';
import { aClass, aCompany, aRegion, aSchool } from '../../../../test/builders';
import { createTestDatabase, testConfig } from '../../../../test/harness';
import { aMenuCard, aRequest } from '../../../../test/requestBuilders';
import { buildApp, type App } from '../../../app';

let app: App;
let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  const { url } = await createTestDatabase();
  const database = createDatabase(url, { max: 10 });
  app = await buildApp({
    config: testConfig({ REQUEST_SWEEP_INTERVAL_MS: '50', NOTIFICATION_INTERVAL_MS: '0' }),
    database,
  });
  await app.ready();
  db = database.db;
  close = async () => {
    await app.close();
    await database.close();
  };
});
afterAll(async () => close());

describe('the request follow-up inside the API process', () => {
  it('when the API runs with a sweep interval, then a fitting company is reminded of a request due within a week without any call', async () => {
    const today = localDateOf(new Date());
    const periodFrom = addDays(today, 5);
    const region = await aRegion(db);
    const school = await aSchool(db, region.id);
    const schoolClass = await aClass(db, region.id, school.id);
    const company = await aCompany(db, region.id, { sectorTags: ['techniek'] });
    const card = await aMenuCard(db, region.id, { schoolYear: schoolYearOfDate(periodFrom) });
    await aRequest(db, card, [schoolClass], {
      periodFrom,
      periodUntil: periodFrom,
      weekdays: [1, 2, 3, 4, 5],
      signUpDeadline: addDays(today, 3),
    });
    await expect
      .poll(
        async () =>
          (
            await db
              .select()
              .from(requestReminders)
              .where(eq(requestReminders.companyId, company.id))
          ).length,
        { timeout: 20_000, interval: 100 },
      )
      .toBe(1);
  });
});
