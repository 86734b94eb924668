import { beforeAll, describe, expect, it } from 'vitest';
import type { Material } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aDiskBackend } from '../storage/storage.testWorld';
import {
  aMaterial,
  aMaterialsWorld,
  auditOf,
  rowsOf,
  type MaterialsWorld,
  type Who,
} from './materials.testWorld';

let ctx: TestContext;
let world: MaterialsWorld;
beforeAll(async () => {
  const disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  world = await aMaterialsWorld(ctx);
});

const change = (who: Who, id: string, payload: object) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/materials/${id}`,
    headers: world.as(who),
    payload,
  });

const aPublicLink = () =>
  world.made(
    world.createLink(
      'company',
      world.paths.offer,
      aMaterial({ title: 'Opdrachtenboekje', kind: 'booklet', url: 'https://voorbeeld.nl/boekje' }),
    ),
  );

describe('changing what a material says about itself', () => {
  it('when the company narrows a public material to booked schools, then a school without a booking no longer sees it, the booked school does, and the version stays', async () => {
    const material = await aPublicLink();
    expect((await world.list('idleSchool', world.paths.offer)).items?.map((m) => m.id)).toContain(
      material.id,
    );

    const changed = await change('member', material.id, {
      visibility: 'booked_schools',
      title: 'Opdrachtenboekje 2027',
      levels: ['vmbo-kb'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Material>()).toMatchObject({
      title: 'Opdrachtenboekje 2027',
      visibility: 'booked_schools',
      levels: ['vmbo-kb'],
      kind: 'booklet',
      versionCount: 1,
      latest: { number: 1, url: 'https://voorbeeld.nl/boekje' },
    });
    expect(
      (await world.list('idleSchool', world.paths.offer)).items?.map((m) => m.id),
    ).not.toContain(material.id);
    expect(
      (await world.list('bookedSchool', world.paths.offer)).items?.find(
        (m) => m.id === material.id,
      ),
    ).toMatchObject({ title: 'Opdrachtenboekje 2027' });

    const audit = await auditOf(ctx.db, material.id);
    expect(audit.find((event) => event.action === 'changed')).toMatchObject({
      before: { visibility: 'public', title: 'Opdrachtenboekje', levels: [] },
      after: { visibility: 'booked_schools', title: 'Opdrachtenboekje 2027', levels: ['vmbo-kb'] },
    });
  });

  it('when a school that sees the material, or another company, tries to change it, then 403 and 404, and nothing changes', async () => {
    const material = await aPublicLink();
    const bySchool = await change('bookedSchool', material.id, { title: 'Overgenomen' });
    expect(bySchool.statusCode).toBe(403);
    expect(bySchool.json()).toMatchObject({ code: 'forbidden' });
    const byOther = await change('otherCompany', material.id, { visibility: 'bureau' });
    expect([403, 404]).toContain(byOther.statusCode);
    const [row] = (await rowsOf(ctx.db, [material.id])).materials;
    expect(row).toMatchObject({ title: 'Opdrachtenboekje', visibility: 'public' });
  });

  it('when the change is empty, names an unknown field or tries to swap the content, then 422 validation_failed and nothing changes', async () => {
    const material = await aPublicLink();
    for (const payload of [{}, { url: 'https://elders.nl' }, { visibility: 'everyone' }]) {
      const response = await change('company', material.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const [row] = (await rowsOf(ctx.db, [material.id])).materials;
    expect(row).toMatchObject({ title: 'Opdrachtenboekje', visibility: 'public' });
    expect((await auditOf(ctx.db, material.id)).map((e) => e.action)).toEqual(['created']);
  });

  it('when the bureau changes a company’s material, then it may', async () => {
    const material = await aPublicLink();
    const response = await change('bureau', material.id, { description: 'Nagekeken.' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Material>().description).toBe('Nagekeken.');
  });
});
