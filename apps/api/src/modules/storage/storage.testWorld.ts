import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import S3rver from 's3rver';
import { afterAll } from 'vitest';
import { createDiskStore } from './diskStore';
import type { ObjectStore } from './objectStore';
import { createS3Store, type S3Settings } from './s3Store';

/**
 * The two real backends the storage tests run against, each with a way to list everything it
 * holds (temporary files included), so a test can prove that a refused upload left nothing.
 */
export interface Backend {
  name: 'disk' | 's3';
  store: ObjectStore;
  /** Every object or file in the store, as paths relative to its root. */
  listAll(): Promise<string[]>;
}

/**
 * Undone after the test file, last made first. Registered here, at import, so builders may be
 * called from a test or a `beforeAll` too (a hook registered inside a test never runs).
 */
const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

export async function aTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

export async function aDiskBackend(): Promise<Backend & { dir: string }> {
  const dir = await aTempDir('sb-objects-');
  return { name: 'disk', dir, store: createDiskStore(dir), listAll: () => filesUnder(dir) };
}

export const testBucket = 'stagebureau-test';

/** A real S3 server (s3rver) on a random local port with its own folder, closed after the file. */
export async function aLocalS3(): Promise<{ settings: S3Settings; folder: string }> {
  const folder = await aTempDir('sb-s3rver-');
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: folder,
    silent: true,
    configureBuckets: [{ name: testBucket }],
  });
  const { port } = await server.run();
  cleanups.push(() => server.close());
  return {
    folder,
    settings: {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-west-1',
      bucket: testBucket,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    },
  };
}

export async function anS3Backend(): Promise<Backend & { folder: string }> {
  const { settings, folder } = await aLocalS3();
  const store = await createS3Store(settings);
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  cleanups.push(() => {
    store.destroy();
    client.destroy();
  });
  return {
    name: 's3',
    folder,
    store,
    // The bucket as S3 lists it, and the server's folder: neither may hold a trace.
    async listAll() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: testBucket }));
      const keys = (listed.Contents ?? []).map((object) => object.Key!);
      const files = (await filesUnder(join(folder, testBucket))).filter((path) =>
        path.endsWith('._S3rver_object'),
      );
      return [...keys.map((key) => `bucket:${key}`), ...files.map((path) => `folder:${path}`)];
    },
  };
}

/** A real one-page PDF, made by the same library as the internship agreement. */
export async function aPdf(text = 'Veiligheidsinstructie'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  page.drawText(text, {
    x: 20,
    y: 100,
    size: 14,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  return Buffer.from(await doc.save());
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A real 2×2 grey PNG (deflated scanlines, CRCs computed). */
export function aPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const scanlines = Buffer.from([0, 0x80, 0x80, 0, 0x80, 0x80]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanlines)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a 64-bit Linux executable and of a Windows one: enough for any sniffer. */
export const anElf = () =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
export function aWindowsExe(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** A multipart/form-data body as a browser sends it: text fields, then one file part. */
export function multipartBody(
  file: { bytes: Buffer; fileName: string; type?: string },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----stagebureau${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\n` +
        `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
