import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@stagebureau/db';
import { buildApp, type App } from '../../src/app';
import { redactUrl } from '../../src/logging/redact';
import { createTestDatabase, testConfig } from '../harness';

/** The request log never carries a secret that is part of a URL. */
const lines: string[] = [];
let app: App;
let database: DatabaseHandle;
beforeAll(async () => {
  database = createDatabase((await createTestDatabase()).url, { max: 4 });
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({
    config: testConfig({ LOG_LEVEL: 'info' }),
    database,
    logger: { stream },
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const feedToken = 'Zm9vYmFyYmF6cXV4LXNlY3JldC1mZWVkLXRva2VuLTI1Ng';
const invitationToken = '7f1c9a52-0000-4000-8000-000000000000.aW52aXRhdGlvbi1zZWNyZXQ';

describe('log hygiene', () => {
  it('when a feed or an invitation URL is requested, then the request log has no token in it', async () => {
    await app.inject({ url: `/ical/${feedToken}.ics?x=1` });
    await app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${invitationToken}/accept`,
      payload: { name: 'Iemand', password: 'een-lang-wachtwoord' },
    });
    const log = lines.join('');
    expect(log).toContain('/ical/[redacted].ics');
    expect(log).toContain('/invitations/[redacted]/accept');
    expect(log).not.toContain(feedToken);
    expect(log).not.toContain('aW52aXRhdGlvbi1zZWNyZXQ');
  });

  it('when a signing link is opened or used, then the request log has no token in it', async () => {
    const signingToken = 'c2lnbmluZy1zZWNyZXQtb2YtYW4tYWdyZWVtZW50LXRva2Vu';
    await app.inject({ url: `/api/v1/public/signing/${signingToken}` });
    await app.inject({
      method: 'POST',
      url: `/api/v1/public/signing/${signingToken}?x=1`,
      payload: { typedName: 'Iemand', consent: true },
    });
    const log = lines.join('');
    expect(log).toContain('/public/signing/[redacted]');
    expect(log).not.toContain(signingToken);
  });

  it('when a supervisor’s attendance or evaluation link is used, then the request log has no token in it', async () => {
    const attendanceToken = 'YXR0ZW5kYW5jZS1zZWNyZXQtb2YtYS1zdXBlcnZpc29y';
    const evaluationToken = 'ZXZhbHVhdGlvbi1zZWNyZXQtb2YtYS1zdXBlcnZpc29y';
    await app.inject({ url: `/api/v1/public/attendance/${attendanceToken}` });
    await app.inject({
      method: 'POST',
      url: `/api/v1/public/evaluation/${evaluationToken}`,
      payload: { ratings: {} },
    });
    const log = lines.join('');
    expect(log).toContain('/public/attendance/[redacted]');
    expect(log).toContain('/public/evaluation/[redacted]');
    expect(log).not.toContain(attendanceToken);
    expect(log).not.toContain(evaluationToken);
  });

  it('when a URL holds no secret, then it is logged as it is', () => {
    expect(redactUrl('/ical/public/regio-assen.ics')).toBe('/ical/public/regio-assen.ics');
    expect(redactUrl('/api/v1/bookings/abc.ics')).toBe('/api/v1/bookings/abc.ics');
    expect(redactUrl('/api/v1/invitations')).toBe('/api/v1/invitations');
  });
});
