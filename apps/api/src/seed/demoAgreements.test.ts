import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../../test/harness';
import { aDiskBackend } from '../modules/storage/storage.testWorld';
import { seedDemo } from './demo';
import { demoSubsidyAmountEuro } from './demoAgreements';
import { demoPassword } from './demoData';

let ctx: TestContext;
const headers: Record<string, Record<string, string>> = {};
beforeAll(async () => {
  const disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  await seedDemo(ctx.db, () => {}, disk.store);
  for (const email of ['bureau@demo.stagebureau.nl', 'opleidingen@metaalwerken.demo.nl']) {
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

describe('demo agreements and targets', () => {
  it('when the demo is seeded, then three companies have an agreement this year and the region has targets and a subsidy', async () => {
    const bureau = headers['bureau@demo.stagebureau.nl']!;
    const agreements = await ctx.app.inject({ url: '/api/v1/agreements', headers: bureau });
    expect(agreements.statusCode, agreements.body).toBe(200);
    expect(agreements.json().items.map((row: { companyName: string }) => row.companyName)).toEqual([
      'Energiepark Drenthe',
      'Metaalwerken Assen',
      'NoordData ICT',
    ]);
    // Metaalwerken's commitments follow what it did this year: met or on track, never behind.
    const metaal = agreements.json().items[1];
    expect(metaal.status).not.toBe('behind');
    const targets = (await ctx.app.inject({ url: '/api/v1/targets', headers: bureau })).json();
    expect(targets.subsidyAmountEuro).toBe(demoSubsidyAmountEuro);
    expect(targets.measures.every((row: { target: number | null }) => row.target !== null)).toBe(
      true,
    );
  });

  it('when the demo company looks at its agreements, then it sees its own', async () => {
    const company = headers['opleidingen@metaalwerken.demo.nl']!;
    const me = (await ctx.app.inject({ url: '/api/v1/me', headers: company })).json();
    const own = await ctx.app.inject({
      url: `/api/v1/companies/${me.organisation.id}/agreements`,
      headers: company,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(1);
  });
});
