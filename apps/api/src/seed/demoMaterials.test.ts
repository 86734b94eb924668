import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { regions } from '@stagebureau/db';
import type {
  Material,
  MaterialDownload,
  MaterialPage,
  MaterialVersion,
} from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../test/harness';
import { aDiskBackend } from '../modules/storage/storage.testWorld';
import { seedDemo } from './demo';
import { demoPassword, demoRegion } from './demoData';

let ctx: TestContext;
let visitId: string;
const headers: Record<string, Record<string, string>> = {};
beforeAll(async () => {
  const disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  await seedDemo(ctx.db, () => {}, disk.store);
  for (const email of [
    'coordinator@nassau.demo.nl',
    'coordinator@vangogh.demo.nl',
    'hr@vanderveen.demo.nl',
    'bureau@demo.stagebureau.nl',
  ]) {
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
  const catalogue = await ctx.app.inject({
    url: `/api/v1/public/regions/${demoRegion.slug}/offers`,
    query: { q: 'bouwplaats', limit: '100' },
  });
  visitId = catalogue
    .json<{ items: { id: string; title: string }[] }>()
    .items.find((item) => item.title === 'Kijkje op de bouwplaats')!.id;
});

const titlesOn = async (email: string) => {
  const response = await ctx.app.inject({
    url: `/api/v1/offers/${visitId}/materials`,
    headers: headers[email],
  });
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json<{ items: Material[] }>()
    .items.map((item) => item.title)
    .sort();
};

describe('demo seed: shared materials (issue 18)', () => {
  it('when a school that booked the building-site visit looks, then it sees the booklet and the safety sheet; a school on the waitlist only the booklet', async () => {
    expect(await titlesOn('coordinator@nassau.demo.nl')).toEqual([
      'Informatieboekje bouwplaats',
      'Veiligheidsinstructie bouwplaats',
    ]);
    expect(await titlesOn('coordinator@vangogh.demo.nl')).toEqual(['Informatieboekje bouwplaats']);
    const everyone = await ctx.app.inject({
      url: `/api/v1/public/regions/${demoRegion.slug}/offers/${visitId}/materials`,
    });
    expect(everyone.json<{ items: Material[] }>().items.map((item) => item.title)).toEqual([
      'Informatieboekje bouwplaats',
    ]);
  });

  it('when schools open the solar park’s internship place, then the school with a pupil placed there sees the booklet and the film, another school only the film', async () => {
    const places = await ctx.app.inject({
      url: '/api/v1/places',
      headers: headers['coordinator@vangogh.demo.nl'],
    });
    const place = places
      .json<{ items: { id: string; title: string }[] }>()
      .items.find((item) => item.title === 'Stage installatietechniek zonnepark')!;
    const titles = async (email: string) =>
      (
        await ctx.app.inject({
          url: `/api/v1/places/${place.id}/materials`,
          headers: headers[email],
        })
      )
        .json<{ items: Material[] }>()
        .items.map((item) => item.title)
        .sort();
    expect(await titles('coordinator@nassau.demo.nl')).toEqual([
      'Stageboekje zonnepark',
      'Veiligheidsfilm zonnepark',
    ]);
    expect(await titles('coordinator@vangogh.demo.nl')).toEqual(['Veiligheidsfilm zonnepark']);
  });

  it('when the booked school opens the safety sheet, then the store has the file', async () => {
    const sheet = (
      await ctx.app.inject({
        url: `/api/v1/offers/${visitId}/materials`,
        headers: headers['coordinator@nassau.demo.nl'],
      })
    )
      .json<{ items: Material[] }>()
      .items.find((item) => item.kind === 'safety_sheet')!;
    const link = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/materials/${sheet.id}/download-link`,
      headers: headers['coordinator@nassau.demo.nl'],
    });
    const { url } = link.json<MaterialDownload>();
    const file = await ctx.app.inject({ url: new URL(url).pathname + new URL(url).search });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('when a school searches the library, then it finds the assignment in its second version; the bureau has both', async () => {
    const found = await ctx.app.inject({
      url: '/api/v1/library/materials',
      query: { q: 'veilig werk' },
      headers: headers['coordinator@vangogh.demo.nl'],
    });
    const [assignment] = found.json<MaterialPage>().items;
    expect(assignment).toMatchObject({
      title: 'Opdracht: veilig werken in de werkplaats',
      kind: 'assignment',
      versionCount: 2,
      latest: { number: 2, content: 'file' },
    });
    const history = await ctx.app.inject({
      url: `/api/v1/materials/${assignment!.id}/versions`,
      headers: headers['bureau@demo.stagebureau.nl'],
    });
    expect(history.json<{ items: MaterialVersion[] }>().items.map((v) => v.number)).toEqual([2, 1]);
    // Companies do not see material meant for schools.
    const company = await ctx.app.inject({
      url: '/api/v1/library/materials',
      headers: headers['hr@vanderveen.demo.nl'],
    });
    expect(company.json<MaterialPage>().items).toEqual([]);
  });

  it('when seeded twice, then nothing is added the second time', async () => {
    const [region] = await ctx.db.select().from(regions).where(eq(regions.slug, demoRegion.slug));
    expect(region).toBeDefined();
    // seedDemo returns early for an existing region: the materials are not duplicated.
    await seedDemo(ctx.db, () => {}, (await aDiskBackend()).store);
    expect(await titlesOn('hr@vanderveen.demo.nl')).toEqual([
      'Informatieboekje bouwplaats',
      'Veiligheidsinstructie bouwplaats',
    ]);
  });
});
