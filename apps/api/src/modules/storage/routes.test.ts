import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@stagebureau/db';
import { bytesPerMb, type FileLinkQuery } from '@stagebureau/domain';
import { buildApp, type App } from '../../app';
import { redactUrl } from '../../logging/redact';
import { createTestDatabase, testConfig } from '../../../test/harness';
import { acceptUpload, readUploadedFile, uploadParsing } from './index';
import {
  aDiskBackend,
  aLocalS3,
  aPdf,
  aPng,
  aTempDir,
  anElf,
  multipartBody,
  type Backend,
} from './storage.testWorld';

/**
 * Uploads and downloads over HTTP, through the real app: a test-only upload route that does
 * what a feature's route does (read the one file, accept it, hand out a link), and the signed
 * download route. A 20 MB limit, as a region's default.
 */
const maxBytes = 20 * bytesPerMb;
const apiUrl = 'https://api.stagebureau.test';
let database: DatabaseHandle;
const apps: App[] = [];
let disk: Backend & { dir: string };

async function anApp(config: Record<string, string>): Promise<App> {
  const app = await buildApp({
    config: testConfig({ PUBLIC_API_URL: apiUrl, ...config }),
    database,
  });
  await app.register(async (scope) => {
    await scope.register(uploadParsing);
    scope.post('/test-upload', async (request) => {
      const file = await readUploadedFile(request, maxBytes);
      const stored = await acceptUpload(app.objectStore, { ...file, maxBytes, prefix: 'tests' });
      return { ...stored, fields: file.fields, link: app.fileLinks.downloadLink(stored) };
    });
  });
  await app.ready();
  apps.push(app);
  return app;
}

let app: App;
beforeAll(async () => {
  database = createDatabase((await createTestDatabase()).url, { max: 4 });
  disk = await aDiskBackend();
  app = await anApp({ STORAGE_DIR: disk.dir });
});
afterAll(async () => {
  for (const each of apps) await each.close();
  await database.close();
});

const upload = (target: App, file: Parameters<typeof multipartBody>[0], fields = {}) =>
  target.inject({ method: 'POST', url: '/test-upload', ...multipartBody(file, fields) });
const pathOf = (url: string) => url.slice(apiUrl.length);
const download = (target: App, url: string) => target.inject({ url: pathOf(url) });

describe('a signed download link', () => {
  it('when a valid upload’s link is opened, then the bytes come as an attachment with the sniffed type, nosniff and no caching', async () => {
    const bytes = await aPdf();
    const uploaded = await upload(
      app,
      { bytes, fileName: 'Veiligheid café (2026).pdf', type: 'application/pdf' },
      { kind: 'risk_assessment' },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const { link, fields } = uploaded.json<{
      link: { url: string; expiresAt: string };
      fields: object;
    }>();
    expect(fields).toEqual({ kind: 'risk_assessment' });
    expect(link.url).toMatch(/^https:\/\/api\.stagebureau\.test\/api\/v1\/files\/[\w-]{43}\?/);
    const response = await download(app, link.url);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(bytes)).toBe(true);
    expect(response.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Veiligheid cafe (2026).pdf"; filename*=UTF-8''Veiligheid%20caf%C3%A9%20%282026%29.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
  });

  it('when any part of the link is altered, then 404 problem+json', async () => {
    const stored = await acceptUpload(disk.store, {
      bytes: aPng(),
      fileName: 'foto.png',
      maxBytes,
    });
    const { url } = app.fileLinks.downloadLink(stored);
    const link = new URL(url);
    const signature = link.pathname.split('/').pop()!;
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const altered = (change: (copy: URL) => void) => {
      const copy = new URL(url);
      change(copy);
      return copy.toString();
    };
    const forgeries = [
      altered((copy) => (copy.pathname = copy.pathname.replace(signature, flipped))),
      altered((copy) => copy.searchParams.set('n', 'foto.html')),
      altered((copy) => copy.searchParams.set('t', 'text')),
      altered((copy) =>
        copy.searchParams.set('e', String(Number(copy.searchParams.get('e')) + 3600)),
      ),
      altered((copy) => copy.searchParams.set('k', 'tests/other')),
      altered((copy) => copy.searchParams.delete('k')),
    ];
    for (const forged of forgeries) {
      const response = await download(app, forged);
      expect(response.statusCode, forged).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await download(app, url)).statusCode).toBe(200);
  });

  it('when the link has expired, then 410 file_link_expired', async () => {
    const stored = await acceptUpload(disk.store, {
      bytes: aPng(),
      fileName: 'foto.png',
      maxBytes,
    });
    const issued = new Date(Date.now() - 10 * 60_000);
    const { url, expiresAt } = app.fileLinks.downloadLink({ ...stored, ttlSeconds: 60 }, issued);
    expect(expiresAt).toBe(
      new Date(issued.getTime() - (issued.getTime() % 1000) + 60_000).toISOString(),
    );
    const response = await download(app, url);
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ code: 'file_link_expired', status: 410 });
    // The same check, with `now` passed in: one second before the expiry it still works.
    const query = Object.fromEntries(new URL(url).searchParams) as FileLinkQuery;
    const token = new URL(url).pathname.split('/').pop()!;
    expect(app.fileLinks.verify(token, query, new Date(Date.parse(expiresAt) - 1000)).ok).toBe(
      true,
    );
    expect(app.fileLinks.verify(token, query, new Date(Date.parse(expiresAt)))).toMatchObject({
      code: 'file_link_expired',
    });
  });

  it('when the object was deleted after the link was issued, then 404', async () => {
    const stored = await acceptUpload(disk.store, {
      bytes: aPng(),
      fileName: 'foto.png',
      maxBytes,
    });
    const { url } = app.fileLinks.downloadLink(stored);
    await disk.store.delete(stored.key);
    expect((await download(app, url)).statusCode).toBe(404);
  });

  it('when a link is requested, then the request log shows neither its signature nor the file name', () => {
    const { url } = app.fileLinks.downloadLink({
      key: 'tests/x',
      fileName: 'VOG Jan.pdf',
      contentType: 'application/pdf',
    });
    expect(redactUrl(pathOf(url))).toBe('/api/v1/files/[redacted]');
  });
});

describe('a multipart upload', () => {
  it('when the file is over the limit, then 413 file_too_large over real HTTP, and nothing is written', async () => {
    const before = await disk.listAll();
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const { payload, headers } = multipartBody({
      bytes: Buffer.alloc(21 * bytesPerMb, 0x61),
      fileName: 'groot.txt',
    });
    const response = await fetch(`${base}/test-upload`, { method: 'POST', headers, body: payload });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'file_too_large', maxBytes });
    expect(await disk.listAll()).toEqual(before);
  });

  it.each([
    [
      'an ELF renamed to .pdf',
      415,
      'file_type_not_allowed',
      { bytes: anElf(), fileName: 'handleiding.pdf', type: 'application/pdf' },
    ],
    [
      'a PNG named .pdf',
      422,
      'file_content_mismatch',
      { bytes: aPng(), fileName: 'vog.pdf', type: 'application/pdf' },
    ],
  ])('when %s is sent, then %i %s and nothing is written', async (_, status, code, file) => {
    const before = await disk.listAll();
    const response = await upload(app, file);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code });
    expect(await disk.listAll()).toEqual(before);
  });

  it('when the form has no file, then 422; when the body is JSON, then 415', async () => {
    const fieldsOnly =
      '--grens\r\nContent-Disposition: form-data; name="kind"\r\n\r\nvog\r\n--grens--\r\n';
    const withoutFile = await app.inject({
      method: 'POST',
      url: '/test-upload',
      headers: { 'content-type': 'multipart/form-data; boundary=grens' },
      payload: fieldsOnly,
    });
    expect(withoutFile.json()).toMatchObject({
      status: 422,
      code: 'validation_failed',
      detail: 'a file is required',
    });
    const json = await app.inject({ method: 'POST', url: '/test-upload', payload: { file: 'x' } });
    expect(json.json()).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });

  it('when a multipart body reaches a JSON route, then it is still 415: the parser is scoped to upload routes', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      ...multipartBody({ bytes: aPng(), fileName: 'a.png' }),
    });
    expect(response.json()).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });
});

describe('the app configured with STORAGE=s3', () => {
  it('when a file is uploaded and its link opened, then it went through the S3 server', async () => {
    const { settings, folder } = await aLocalS3();
    const unusedDir = await aTempDir('sb-unused-');
    const s3App = await anApp({
      STORAGE: 's3',
      S3_ENDPOINT: settings.endpoint!,
      S3_REGION: settings.region,
      S3_BUCKET: settings.bucket,
      S3_ACCESS_KEY_ID: settings.accessKeyId!,
      S3_SECRET_ACCESS_KEY: settings.secretAccessKey!,
      S3_FORCE_PATH_STYLE: 'true',
      STORAGE_DIR: unusedDir,
    });
    const bytes = Buffer.from('Werkinstructie: helm op, veiligheidsschoenen aan.\n');
    const uploaded = await upload(s3App, { bytes, fileName: 'instructie.txt', type: 'text/plain' });
    const { key, link } = uploaded.json<{ key: string; link: { url: string } }>();
    expect(await s3App.objectStore.exists(key)).toBe(true);
    const response = await download(s3App, link.url);
    expect(response.rawPayload.equals(bytes)).toBe(true);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    // The link is bound to the key, not to the store: the disk app has no such object.
    expect((await download(app, link.url)).statusCode).toBe(404);
    // On the S3 server's disk, not in the (unused) storage folder.
    expect(await readdir(join(folder, settings.bucket, 'tests'))).toContain(
      `${key.split('/')[1]}._S3rver_object`,
    );
    expect(await readdir(unusedDir)).toEqual([]);
  });
});
