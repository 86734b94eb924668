import { beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp, Relationship } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../test/harness';
import { aDiskBackend } from '../modules/storage/storage.testWorld';
import { seedDemo } from './demo';
import { demoPassword } from './demoData';

let ctx: TestContext;
const headers: Record<string, Record<string, string>> = {};
beforeAll(async () => {
  const disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  await seedDemo(ctx.db, () => {}, disk.store);
  for (const email of ['medewerker@demo.stagebureau.nl', 'coordinator@nassau.demo.nl']) {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: demoPassword },
    });
    expect(login.statusCode, login.body).toBe(200);
    headers[email] = {
      authorization: `Bearer ${login.json<{ accessToken: string }>().accessToken}`,
    };
  }
});

describe('demo relations', () => {
  it('when the bureau’s staff member opens their follow-ups, then one overdue comes before one due later', async () => {
    const response = await ctx.app.inject({
      url: '/api/v1/follow-ups/mine',
      headers: headers['medewerker@demo.stagebureau.nl']!,
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: FollowUp[] }>().items;
    expect(items.map((item) => [item.companyName, item.status])).toEqual([
      ['NoordData ICT', 'overdue'],
      ['Bouwbedrijf Van der Veen', 'open'],
    ]);
  });

  it('when the demo company’s relationship is read, then the bureau sees contacts and moments and the school only its own moment', async () => {
    const organisations = await ctx.app.inject({
      url: '/api/v1/organisations?kind=company&q=Van der Veen',
      headers: headers['medewerker@demo.stagebureau.nl']!,
    });
    const companyId = organisations.json<{ items: { id: string }[] }>().items[0]!.id;
    const read = async (email: string) =>
      (
        await ctx.app.inject({
          url: `/api/v1/companies/${companyId}/relationship`,
          headers: headers[email]!,
        })
      ).json<Relationship>();
    const bureau = await read('medewerker@demo.stagebureau.nl');
    expect(bureau.contacts.filter((contact) => contact.isPrimary)).toHaveLength(1);
    expect(bureau.latestMoments).toHaveLength(2);
    expect(bureau.managers).toHaveLength(2);
    const school = await read('coordinator@nassau.demo.nl');
    expect(school.latestMoments).toHaveLength(1);
  });
});
