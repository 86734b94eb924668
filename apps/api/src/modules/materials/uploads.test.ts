import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { materials } from '@stagebureau/db';
import { bytesPerMb, type Material } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import {
  aDiskBackend,
  aPdf,
  anElf,
  aWindowsExe,
  multipartBody,
  type Backend,
} from '../storage/storage.testWorld';
import { aMaterial, aMaterialsWorld, rowsOf, type MaterialsWorld } from './materials.testWorld';

let ctx: TestContext;
let disk: Backend & { dir: string };
let world: MaterialsWorld;
beforeAll(async () => {
  disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  // A region with a 1 MB limit, so "too big" is cheap to send.
  world = await aMaterialsWorld(ctx, { uploadMaxMb: 1 });
});

const materialsOfOffer = () =>
  ctx.db.select().from(materials).where(eq(materials.offerId, world.offer.id));

/** Runs a refused request and proves it left neither a row nor an object (not even a partial one). */
async function refusedWithoutTrace(
  send: () => Promise<{ statusCode: number; body: string }>,
  status: number,
  code: string,
) {
  const rowsBefore = await materialsOfOffer();
  const objectsBefore = await disk.listAll();
  const response = await send();
  expect(response.statusCode, response.body).toBe(status);
  expect(JSON.parse(response.body).code).toBe(code);
  expect(await materialsOfOffer()).toEqual(rowsBefore);
  expect(await disk.listAll()).toEqual(objectsBefore);
  return JSON.parse(response.body) as { errors?: { path: string }[]; maxBytes?: number };
}

const fields = { title: 'Veiligheidsblad', kind: 'safety_sheet', visibility: 'booked_schools' };

describe('a refused material writes no row and no object', () => {
  it('when a Linux or Windows executable is renamed to .pdf, then 415 file_type_not_allowed', async () => {
    for (const bytes of [anElf(), aWindowsExe()]) {
      await refusedWithoutTrace(
        () =>
          world.upload('company', world.paths.offer, fields, { bytes, fileName: 'veiligheid.pdf' }),
        415,
        'file_type_not_allowed',
      );
    }
  });

  it("when the file is larger than the region's limit, then 413 file_too_large naming the limit", async () => {
    const big = Buffer.concat([await aPdf(), Buffer.alloc(bytesPerMb + 1, 0x20)]);
    const problem = await refusedWithoutTrace(
      () => world.upload('company', world.paths.offer, fields, { bytes: big }),
      413,
      'file_too_large',
    );
    expect(problem.maxBytes).toBe(bytesPerMb);
  });

  it('when a PDF is named .png, then 422 file_content_mismatch', async () => {
    await refusedWithoutTrace(
      () => world.upload('company', world.paths.offer, fields, { fileName: 'blad.png' }),
      422,
      'file_content_mismatch',
    );
  });

  it('when a form field is invalid or unknown, then 422 naming it, and the file is never stored', async () => {
    const problem = await refusedWithoutTrace(
      () =>
        world.upload('company', world.paths.offer, {
          ...fields,
          visibility: 'iedereen',
          levels: 'vmbo-kb,groep-9',
          owner: 'x',
        }),
      422,
      'validation_failed',
    );
    expect(problem.errors?.map((error) => error.path).sort()).toEqual([
      'body.levels.1',
      'body.owner',
      'body.visibility',
    ]);
  });

  it('when a link is not https, then 422 on its url', async () => {
    for (const url of [
      'http://voorbeeld.nl/blad.pdf',
      'javascript:alert(1)',
      'ftp://voorbeeld.nl',
    ]) {
      const problem = await refusedWithoutTrace(
        () => world.createLink('company', world.paths.offer, { ...aMaterial(), url }),
        422,
        'validation_failed',
      );
      expect(problem.errors?.map((error) => error.path)).toEqual(['body.url']);
    }
  });

  it('when the body is neither a link nor a file, then 422', async () => {
    await refusedWithoutTrace(
      () =>
        ctx.app.inject({ method: 'POST', url: world.paths.offer, headers: world.as('company') }),
      422,
      'validation_failed',
    );
  });

  it("when a school uploads to a company's offer, then 403 before the file is read", async () => {
    await refusedWithoutTrace(
      () => world.upload('bookedSchool', world.paths.offer, fields),
      403,
      'forbidden',
    );
  });

  it('when a new version is a renamed executable, then 415 and the material keeps its one version', async () => {
    const created = await world.made(world.upload('company', world.paths.offer, fields));
    const objectsBefore = await disk.listAll();
    const body = multipartBody({ bytes: anElf(), fileName: 'nieuw.pdf', type: 'application/pdf' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/materials/${created.id}/versions`,
      headers: { ...world.as('company'), ...body.headers },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(415);
    expect(await disk.listAll()).toEqual(objectsBefore);
    const rows = await rowsOf(ctx.db, [created.id]);
    expect(rows.versions).toHaveLength(1);
    expect(rows.materials[0]!.latestVersion).toBe(1);
  });

  it('when a file is accepted, then it is stored under materials/ as its sniffed type with a sanitised name', async () => {
    const created: Material = await world.made(
      world.upload(
        'company',
        world.paths.offer,
        { ...fields, levels: 'vmbo-kb, vmbo-gl', schoolYears: '3,4' },
        {
          fileName: '../../Veiligheid\u202Efdp.exe.pdf',
        },
      ),
    );
    expect(created).toMatchObject({
      levels: ['vmbo-kb', 'vmbo-gl'],
      schoolYears: [3, 4],
      latest: { content: 'file', contentType: 'application/pdf' },
    });
    expect(created.latest.fileName).not.toContain('/');
    expect(created.latest.fileName).not.toContain('\u202E');
    const rows = await rowsOf(ctx.db, [created.id]);
    expect(rows.versions[0]!.objectKey).toMatch(/^materials\//);
  });
});
