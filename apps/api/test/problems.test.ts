import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { taxonomyTerms } from '@stagebureau/db';
import { aLoggedInUser, aRegion } from './builders';
import { startTestApp, type TestContext } from './harness';

/** Bad input of every kind answers problem+json with a stable code, and writes nothing. */
let ctx: TestContext;
let regionId: string;
let headers: Record<string, string>;
beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  headers = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'bureau_admin')).headers;
});

const postTaxonomy = (payload: string | object, extraHeaders: Record<string, string> = {}) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/taxonomy',
    headers: { ...headers, 'content-type': 'application/json', ...extraHeaders },
    payload,
  });

const termsInRegion = async () =>
  (await ctx.db.select().from(taxonomyTerms).where(eq(taxonomyTerms.regionId, regionId))).length;

describe('problem+json for bad input', () => {
  it('when the JSON is malformed, then 400 malformed_json', async () => {
    const response = await postTaxonomy('{"kind": "sector", ');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'malformed_json',
      type: 'https://stagebureau.nl/problems/malformed-json',
      title: expect.any(String),
    });
  });

  it('when a field has the wrong type, then 422 naming the field', async () => {
    const response = await postTaxonomy({ kind: 'sector', code: 42, label: ['x'] });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.code', 'body.label']));
  });

  it('when the body has an unknown field, then 422 naming it and nothing is written', async () => {
    const before = await termsInRegion();
    const response = await postTaxonomy({ kind: 'sector', code: 'bouw', label: 'Bouw', id: 'x' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ path: 'body.id', message: 'unknown field' }]);
    expect(await termsInRegion()).toBe(before);
  });

  it('when the body is over 256 KiB, then 413 payload_too_large and nothing is written', async () => {
    const before = await termsInRegion();
    const response = await postTaxonomy({
      kind: 'sector',
      code: 'groot',
      label: 'x'.repeat(300 * 1024),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('payload_too_large');
    expect(await termsInRegion()).toBe(before);
  });

  it('when the body is XML, then 415 unsupported_media_type', async () => {
    const response = await postTaxonomy('<term kind="sector"/>', {
      'content-type': 'application/xml',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('when the path id is not a uuid, then 422 on the param', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/organisations/abc', headers });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('params.id');
  });

  it('when the route does not exist, then 404 problem+json', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/nowhere', headers });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });

  it('when the caller asks in English, then the title is English', async () => {
    const response = await postTaxonomy('{', { 'accept-language': 'en-GB' });
    expect(response.json().title).toBe('The request body is not valid JSON');
  });
});
