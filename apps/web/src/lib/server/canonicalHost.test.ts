import { describe, expect, test } from 'vitest';
import { loopbackRedirect } from './canonicalHost';

const page = new URL('http://localhost:3000/inloggen?next=%2Fschool');

describe('one loopback address per app', () => {
  test('when npm start announced localhost and the visitor typed 127.0.0.1, then she is sent to localhost with her path', () => {
    expect(loopbackRedirect('http://localhost:3000', '127.0.0.1:3000', page)).toBe(
      'http://localhost:3000/inloggen?next=%2Fschool',
    );
    expect(loopbackRedirect('http://localhost:3000', '[::1]:3000', page)).toBe(
      'http://localhost:3000/inloggen?next=%2Fschool',
    );
  });

  test('when the visitor already uses the announced name, then nothing happens', () => {
    expect(loopbackRedirect('http://localhost:3000', 'localhost:3000', page)).toBeNull();
    expect(loopbackRedirect('http://localhost:3000', 'LOCALHOST:3000', page)).toBeNull();
  });

  test('when the app is behind a proxy or on another port, or no ORIGIN is set, then nothing happens (no loop)', () => {
    expect(loopbackRedirect('http://localhost:3000', 'web:3000', page)).toBeNull();
    expect(loopbackRedirect('https://stage.example.nl', '127.0.0.1:3000', page)).toBeNull();
    expect(loopbackRedirect('http://localhost:3000', '127.0.0.1:4000', page)).toBeNull();
    expect(loopbackRedirect(undefined, '127.0.0.1:3000', page)).toBeNull();
    expect(loopbackRedirect('http://localhost:3000', null, page)).toBeNull();
  });
});
