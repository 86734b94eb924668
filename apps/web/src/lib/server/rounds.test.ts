import { describe, expect, test } from 'vitest';
import { windowInstant } from './rounds';

describe('request window times', () => {
  test('when a winter time with seconds is typed, then it is read on the Amsterdam clock', () => {
    expect(windowInstant('2026-01-15T09:30:20')).toBe('2026-01-15T08:30:20.000Z');
  });

  test('when a summer time without seconds is typed, then the summer offset applies', () => {
    expect(windowInstant('2026-06-02T10:00')).toBe('2026-06-02T08:00:00.000Z');
  });

  test('when the text is no local time, then it is left for the schema to refuse', () => {
    expect(windowInstant('morgen')).toBe('morgen');
  });
});
