import { beforeAll, describe, expect, it } from 'vitest';
import type { Material, MaterialDownload, MaterialVersion } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../test/harness';
import {
  aDiskBackend,
  aPdf,
  aPng,
  multipartBody,
  type Backend,
} from '../storage/storage.testWorld';
import {
  aMaterial,
  aMaterialsWorld,
  auditOf,
  rowsOf,
  type MaterialsWorld,
  type Who,
} from './materials.testWorld';

let ctx: TestContext;
let disk: Backend & { dir: string };
let world: MaterialsWorld;
beforeAll(async () => {
  disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  world = await aMaterialsWorld(ctx);
});

const addFile = async (who: Who, id: string, bytes: Buffer, fileName: string, note = '') => {
  const body = multipartBody({ bytes, fileName }, note ? { note } : {});
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/materials/${id}/versions`,
    headers: { ...world.as(who), ...body.headers },
    payload: body.payload,
  });
};
const addLink = (who: Who, id: string, url: string, note?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/materials/${id}/versions`,
    headers: world.as(who),
    payload: { url, ...(note ? { note } : {}) },
  });
const versionsOf = (who: Who, id: string) =>
  ctx.app.inject({ url: `/api/v1/materials/${id}/versions`, headers: world.as(who) });

describe('versioning keeps the old versions', () => {
  it('when the company uploads a second file and then a link, then readers get the latest and the owner every version, each opening to its own content', async () => {
    const first = await aPdf('Veiligheidsblad 2025');
    const second = await aPdf('Veiligheidsblad 2026');
    const created = await world.made(
      world.upload(
        'company',
        world.paths.offer,
        {
          title: 'Veiligheidsblad',
          kind: 'safety_sheet',
          visibility: 'booked_schools',
          note: 'Eerste',
        },
        { bytes: first, fileName: 'veiligheidsblad.pdf' },
      ),
    );
    expect(created.latest).toMatchObject({ number: 1, content: 'file', note: 'Eerste' });
    const v2 = await addFile(
      'member',
      created.id,
      second,
      'veiligheidsblad-2026.pdf',
      'Nieuwe machines',
    );
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json<Material>()).toMatchObject({
      versionCount: 2,
      latest: { number: 2, fileName: 'veiligheidsblad-2026.pdf', note: 'Nieuwe machines' },
    });
    const v3 = await addLink('company', created.id, 'https://voorbeeld.nl/veiligheid');
    expect(v3.statusCode, v3.body).toBe(201);

    // A reader gets the latest: the link.
    const read = (await world.list('bookedSchool', world.paths.offer)).items!.find(
      (item) => item.id === created.id,
    )!;
    expect(read).toMatchObject({
      versionCount: 3,
      latest: { number: 3, content: 'link', url: 'https://voorbeeld.nl/veiligheid' },
    });
    const latest = await world.downloadLink('bookedTeacher', created.id);
    expect(latest.json<MaterialDownload>()).toEqual({
      content: 'link',
      url: 'https://voorbeeld.nl/veiligheid',
      expiresAt: null,
    });

    // The owner lists every version, newest first, and opens the old files.
    const history = await versionsOf('member', created.id);
    expect(history.statusCode, history.body).toBe(200);
    expect(
      history.json<{ items: MaterialVersion[] }>().items.map((v) => [v.number, v.content]),
    ).toEqual([
      [3, 'link'],
      [2, 'file'],
      [1, 'file'],
    ]);
    for (const [version, bytes] of [
      [1, first],
      [2, second],
    ] as const) {
      const link = await world.downloadLink('company', created.id, version);
      expect(link.statusCode, link.body).toBe(200);
      expect((await world.fetchLink(link.json<MaterialDownload>())).equals(bytes)).toBe(true);
    }
    // The bureau too.
    expect((await world.downloadLink('bureau', created.id, 1)).statusCode).toBe(200);

    // Two objects, three version rows, and every change audited.
    const rows = await rowsOf(ctx.db, [created.id]);
    expect(rows.versions).toHaveLength(3);
    const keys = rows.versions.flatMap((v) => (v.objectKey ? [v.objectKey] : []));
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    const actions = (await auditOf(ctx.db, created.id)).map((event) => event.action).sort();
    expect(actions).toEqual(['created', 'version_added', 'version_added']);
  });

  it('when a reader asks for an older version or the history, then 403; a version that does not exist is 404', async () => {
    const created = await world.made(
      world.upload('company', world.paths.offer, {
        title: 'Werkblad',
        kind: 'worksheet',
        visibility: 'public',
      }),
    );
    expect((await addFile('company', created.id, aPng(), 'werkblad.png')).statusCode).toBe(201);
    expect((await world.downloadLink('bookedSchool', created.id, 1)).statusCode).toBe(403);
    expect((await versionsOf('bookedSchool', created.id)).statusCode).toBe(403);
    expect((await world.downloadLink('otherCompany', created.id, 1)).statusCode).toBe(403);
    expect((await world.downloadLink('company', created.id, 7)).statusCode).toBe(404);
    // Asking for the latest by number is just the latest.
    expect((await world.downloadLink('bookedSchool', created.id, 2)).statusCode).toBe(200);
  });

  it('when someone who is not the owner adds a version, then 403 where they see the material and 404 where they do not, and nothing changes', async () => {
    const shown = await world.made(
      world.createLink('company', world.paths.offer, {
        ...aMaterial(),
        url: 'https://voorbeeld.nl/a',
      }),
    );
    const hidden = await world.made(
      world.createLink('company', world.paths.offer, {
        ...aMaterial({ visibility: 'bureau' }),
        url: 'https://voorbeeld.nl/b',
      }),
    );
    expect((await addLink('otherCompany', shown.id, 'https://voorbeeld.nl/c')).statusCode).toBe(
      403,
    );
    expect((await addLink('bookedSchool', shown.id, 'https://voorbeeld.nl/c')).statusCode).toBe(
      403,
    );
    expect((await addLink('otherCompany', hidden.id, 'https://voorbeeld.nl/c')).statusCode).toBe(
      404,
    );
    const before = await disk.listAll();
    expect((await addFile('bookedSchool', shown.id, await aPdf(), 'a.pdf')).statusCode).toBe(403);
    expect(await disk.listAll()).toEqual(before);
    const rows = await rowsOf(ctx.db, [shown.id, hidden.id]);
    expect(rows.versions).toHaveLength(2);
  });

  it('when a teacher of the asking school adds to its request, then 403: its coordinator may', async () => {
    const material = await world.made(
      world.createLink('bookedSchool', world.paths.request, {
        ...aMaterial({ kind: 'assignment', visibility: 'bureau' }),
        url: 'https://school.nl/opdracht',
      }),
    );
    expect(material).toMatchObject({
      targetKind: 'request',
      ownerOrganisationId: world.bookedSchool.id,
    });
    expect((await addLink('bookedTeacher', material.id, 'https://school.nl/v2')).statusCode).toBe(
      403,
    );
    expect(
      (
        await world.createLink('bookedTeacher', world.paths.request, {
          ...aMaterial(),
          url: 'https://school.nl/x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await world.createLink('company', world.paths.request, {
          ...aMaterial(),
          url: 'https://bedrijf.nl/x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await addLink('bookedSchool', material.id, 'https://school.nl/v2')).statusCode).toBe(
      201,
    );
    // A teacher of the owning school still reads its history.
    expect((await versionsOf('bookedTeacher', material.id)).statusCode).toBe(200);
  });
});

describe('deleting a material', () => {
  it('when the owner deletes a material, then its rows and every object go, and the deletion is audited', async () => {
    const before = await disk.listAll();
    const created = await world.made(
      world.upload('company', world.paths.place, {
        title: 'Boekje stage',
        kind: 'booklet',
        visibility: 'public',
      }),
    );
    expect(created.targetKind).toBe('place');
    expect(created.offerId).toBe(world.place.offerId);
    expect((await addFile('company', created.id, aPng(), 'foto.png')).statusCode).toBe(201);
    expect(await disk.listAll()).toHaveLength(before.length + 2);

    const refused = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/materials/${created.id}`,
      headers: world.as('bookedSchool'),
    });
    expect(refused.statusCode).toBe(403);

    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/materials/${created.id}`,
      headers: world.as('member'),
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(await rowsOf(ctx.db, [created.id])).toEqual({ materials: [], versions: [] });
    expect(await disk.listAll()).toEqual(before);
    expect((await auditOf(ctx.db, created.id)).map((event) => event.action).sort()).toEqual([
      'created',
      'deleted',
      'version_added',
    ]);
    const gone = await ctx.app.inject({
      url: `/api/v1/materials/${created.id}`,
      headers: world.as('company'),
    });
    expect(gone.statusCode).toBe(404);
  });

  it("when the bureau deletes a company's material, then it may", async () => {
    const created = await world.made(
      world.createLink('company', world.paths.offer, {
        ...aMaterial(),
        url: 'https://voorbeeld.nl/weg',
      }),
    );
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/materials/${created.id}`,
      headers: world.as('bureau'),
    });
    expect(deleted.statusCode).toBe(204);
  });
});
