import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from './harness';

/**
 * The security headers every API answer carries (helmet's set, with a CSP that lets the Swagger
 * UI run). They are computed once at start (issue 20: per request they cost a fifth of a
 * request's CPU), so this pins what they must be on successes, problems and redirects alike.
 */
const expected = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self' 'unsafe-inline';script-src-attr 'none';style-src 'self' 'unsafe-inline';upgrade-insecure-requests",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

describe('security headers', () => {
  it.each([
    ['/health', 200],
    ['/api/v1/region', 401],
    ['/api/v1/no-such-route', 404],
    ['/docs/static/index.html', 302],
  ])('when GET %s answers %i, then it carries every security header', async (url, status) => {
    const response = await ctx.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject(expected);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
