import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  bytesPerMb,
  DomainError,
  uploadMaxBytes,
  defaultRegionSettings,
} from '@stagebureau/domain';
import { createDiskStore } from './diskStore';
import { acceptUpload } from './intake';
import type { ObjectStore } from './objectStore';
import {
  aDiskBackend,
  aTempDir,
  aPdf,
  aPng,
  aWindowsExe,
  anElf,
  anS3Backend,
  type Backend,
} from './storage.testWorld';

/**
 * One suite, two real stores: the disk folder and a local S3 server (s3rver). Whatever a
 * feature does with `ObjectStore` and `acceptUpload` behaves the same on both.
 */
const backends: Record<Backend['name'], Backend> = {
  disk: await aDiskBackend(),
  s3: await anS3Backend(),
};

async function bytesOf(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
const read = async (store: ObjectStore, key: string) => bytesOf(await store.get(key));

const maxBytes = uploadMaxBytes(defaultRegionSettings);
const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

describe.each(['disk', 's3'] as const)('the %s object store', (name) => {
  const { store, listAll } = backends[name];

  it('when an object is put, then it exists and reads back byte for byte', async () => {
    const bytes = await aPdf();
    await store.put('tests/put-get', bytes, { contentType: 'application/pdf' });
    expect(await store.exists('tests/put-get')).toBe(true);
    expect((await read(store, 'tests/put-get')).equals(bytes)).toBe(true);
  });

  it('when an object is put again, then the new bytes replace the old', async () => {
    await store.put('tests/replace', Buffer.from('eerste\n'), { contentType: 'text/plain' });
    await store.put('tests/replace', Buffer.from('tweede\n'), { contentType: 'text/plain' });
    expect((await read(store, 'tests/replace')).toString()).toBe('tweede\n');
  });

  it('when an object is deleted, then it is gone, and deleting it again is no error', async () => {
    await store.put('tests/delete', aPng(), { contentType: 'image/png' });
    await store.delete('tests/delete');
    expect(await store.exists('tests/delete')).toBe(false);
    await expect(store.delete('tests/delete')).resolves.toBeUndefined();
  });

  it('when a missing object is read, then not_found', async () => {
    expect(await store.exists('tests/nothing-here')).toBe(false);
    expect(await refusalOf(store.get('tests/nothing-here'))).toBe('not_found');
    // A prefix of existing keys is a folder on disk, not an object.
    expect(await refusalOf(store.get('tests'))).toBe('not_found');
  });

  it('when a key could leave the store, then every operation refuses it', async () => {
    for (const key of ['../outside', 'tests/../../outside', '/etc/passwd', 'tests/.hidden']) {
      await expect(store.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(
        /unsafe/,
      );
      await expect(store.get(key)).rejects.toThrow(/unsafe/);
      await expect(store.exists(key)).rejects.toThrow(/unsafe/);
      await expect(store.delete(key)).rejects.toThrow(/unsafe/);
    }
  });

  it('when a valid upload is accepted, then it is stored under a fresh key with its digest and sniffed type', async () => {
    const bytes = await aPdf('Risico-inventarisatie');
    const stored = await acceptUpload(store, {
      bytes,
      fileName: 'C:\\Documenten\\RI&E café.pdf',
      declaredType: 'application/octet-stream',
      maxBytes,
      prefix: 'compliance',
    });
    expect(stored).toEqual({
      key: expect.stringMatching(/^compliance\/[0-9a-f-]{36}$/),
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      contentType: 'application/pdf',
      fileName: 'RI&E café.pdf',
    });
    expect((await read(store, stored.key)).equals(bytes)).toBe(true);
  });

  it.each([
    ['an ELF executable renamed to .pdf', 'file_type_not_allowed', 'handleiding.pdf', anElf],
    [
      'a Windows executable renamed to .pdf',
      'file_type_not_allowed',
      'verzekering.pdf',
      aWindowsExe,
    ],
    [
      'a 21 MB file under the 20 MB limit',
      'file_too_large',
      'groot.txt',
      () => Buffer.alloc(21 * bytesPerMb, 0x61),
    ],
    ['a PNG named .pdf', 'file_content_mismatch', 'vog.pdf', aPng],
    [
      'a text with NUL bytes',
      'file_type_not_allowed',
      'notities.txt',
      () => Buffer.from('regel een\u0000regel twee\n'),
    ],
  ])(
    'when %s is uploaded, then %s and the store holds nothing new',
    async (_, code, fileName, bytes) => {
      const before = await listAll();
      const refusal = await refusalOf(
        acceptUpload(store, { bytes: bytes(), fileName, maxBytes, prefix: 'refused' }),
      );
      expect(refusal).toBe(code);
      const after = await listAll();
      expect(after).toEqual(before);
      expect(after.filter((path) => path.includes('refused'))).toEqual([]);
    },
  );

  it('when the store is listed after all this, then it holds only the accepted objects, no temporary files', async () => {
    const all = await listAll();
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((path) => /(^|\/|:)\.|refused/.test(path))).toEqual([]);
  });
});

// The disk store's temporary file and rename, stopped at the moment in between. (On S3 a
// PutObject is atomic by the service's own contract; s3rver, a fake, streams into its final file.)
describe('the disk object store in the middle of a write', () => {
  it('when the bytes are written but not yet renamed, then the object is invisible; when the write then fails, nothing remains', async () => {
    const dir = await aTempDir('sb-objects-crash-');
    let checkedMidway = false;
    const store: ObjectStore = createDiskStore(dir, {
      async beforeRename(temporaryPath) {
        expect((await readFile(temporaryPath)).length).toBe(bytes.length);
        expect(await store.exists('tests/half')).toBe(false);
        expect(await refusalOf(store.get('tests/half'))).toBe('not_found');
        checkedMidway = true;
        throw new Error('disk gone');
      },
    });
    const bytes = await aPdf();
    await expect(
      store.put('tests/half', bytes, { contentType: 'application/pdf' }),
    ).rejects.toThrow('disk gone');
    expect(checkedMidway).toBe(true);
    expect(await store.exists('tests/half')).toBe(false);
    expect(await readdir(dir, { recursive: true })).toEqual(['tests']);
  });
});
