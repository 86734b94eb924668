import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { requireLogin, sessionTroubleOf } from './guard';

const locals = (sessionTrouble: App.Locals['sessionTrouble']) =>
  ({ language: 'nl', me: null, sessionTrouble }) as unknown as App.Locals;
const page = new URL('http://localhost:3000/school/boekingen?maand=2027-03');

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (caught) {
    return caught;
  }
  throw new Error('nothing thrown');
};

describe('a page that needs a login', () => {
  test('when nobody is logged in, then the visitor goes to the login page and back here after', () => {
    const answer = thrown(() => requireLogin(locals(null), page));
    expect(isRedirect(answer) && answer.location).toBe(
      '/inloggen?next=%2Fschool%2Fboekingen%3Fmaand%3D2027-03',
    );
  });

  test('when the API throttled the session check, then the page says to wait a minute, not to log in', () => {
    const answer = thrown(() => requireLogin(locals(sessionTroubleOf(429)), page));
    expect(isHttpError(answer) && answer.status).toBe(429);
    expect(isHttpError(answer) && answer.body.message).toContain('je blijft ingelogd');
  });

  test('when the API could not be reached, then the page says the server is away', () => {
    const answer = thrown(() => requireLogin(locals(sessionTroubleOf(503)), page));
    expect(isHttpError(answer) && answer.status).toBe(503);
  });
});
