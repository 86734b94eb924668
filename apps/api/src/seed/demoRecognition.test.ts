import { beforeAll, describe, expect, it } from 'vitest';
import { previousSchoolYear, schoolYearOf } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../test/harness';
import { aDiskBackend } from '../modules/storage/storage.testWorld';
import { seedDemo } from './demo';
import { demoPassword, demoRegion } from './demoData';

let ctx: TestContext;
beforeAll(async () => {
  const disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  await seedDemo(ctx.db, () => {}, disk.store);
});

const headersOf = async (email: string) => {
  const login = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: demoPassword },
  });
  return { authorization: `Bearer ${login.json<{ accessToken: string }>().accessToken}` };
};

describe('the demo shows the leerbedrijf van het jaar', () => {
  it("when anyone opens the demo's catalogue, then last year's title is listed and the company can print it", async () => {
    const awards = await ctx.app.inject({
      url: `/api/v1/public/regions/${demoRegion.slug}/awards`,
    });
    const [award] = awards.json().items;
    expect(award).toMatchObject({
      companyName: 'Bouwbedrijf Van der Veen',
      schoolYear: previousSchoolYear(schoolYearOf(new Date())),
    });
    const certificate = await ctx.app.inject({
      url: `/api/v1/recognition/awards/${award.id}/certificate.pdf`,
      headers: await headersOf('hr@vanderveen.demo.nl'),
    });
    expect(certificate.statusCode).toBe(200);
  });

  it("when the bureau opens this year's ranking, then the demo's companies are ranked and the title is still open", async () => {
    const ranking = await ctx.app.inject({
      url: '/api/v1/recognition',
      headers: await headersOf('bureau@demo.stagebureau.nl'),
    });
    expect(ranking.statusCode).toBe(200);
    expect(ranking.json().award).toBeNull();
    expect(ranking.json().candidates.length).toBeGreaterThan(0);
  });
});
