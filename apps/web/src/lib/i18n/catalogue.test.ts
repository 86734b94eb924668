import { describe, expect, test } from 'vitest';
import { en } from './en';
import { translator } from './index';
import { nl } from './nl';
import { formatDate, formatDateTime, formatTime } from './format';

describe('message catalogues', () => {
  test('when both catalogues are compared, then they have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  test('when a message is translated, then no key is empty in either language', () => {
    for (const catalogue of [nl, en]) {
      for (const [key, message] of Object.entries(catalogue)) expect(message, key).not.toBe('');
    }
  });

  test('when a message has placeholders, then both languages use the same ones', () => {
    const placeholders = (message: string) =>
      [...message.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  test('when params are given, then they replace the placeholders', () => {
    expect(translator('nl')('login.welcome', { name: 'Femke' })).toBe('Welkom, Femke.');
    expect(translator('en')('login.welcome', { name: 'Femke' })).toBe('Welcome, Femke.');
  });

  test('when a count is one or more, then its word follows it in the right form', () => {
    const nlT = translator('nl');
    expect(nlT('sessions.created', { count: 1 })).toBe('1 sessie toegevoegd.');
    expect(nlT('sessions.created', { count: 4 })).toBe('4 sessies toegevoegd.');
    expect(nlT('catalogue.results', { count: 1 })).toBe('1 resultaat op deze pagina');
    expect(nlT('catalogue.freeSeats', { count: 0 })).toBe('0 vrije plaatsen');
    expect(translator('en')('alloc.published', { confirmed: 1, waitlisted: 2 })).toBe(
      'Published: 1 booking confirmed, 2 waitlisted.',
    );
  });

  test('when a message is written, then it never hedges a plural with (s), (en) or (sen)', () => {
    for (const catalogue of [nl, en])
      for (const [key, message] of Object.entries(catalogue))
        expect(message, key).not.toMatch(/\w\((s|en|sen|len|es)\)/);
  });
});

describe('dates and times', () => {
  test('when a UTC instant is formatted, then it shows Amsterdam wall-clock time in Dutch', () => {
    // 08:30 UTC on 3 March 2026 is 09:30 in Amsterdam (CET, UTC+1).
    expect(formatTime('2026-03-03T08:30:00Z')).toBe('09:30');
    expect(formatDate('2026-03-03T08:30:00Z')).toBe('di 3 maart 2026');
    // In summer time (CEST, UTC+2) the same UTC hour is 10:30.
    expect(formatDateTime('2026-06-02T08:30:00Z')).toContain('10:30');
    expect(formatDateTime('2026-06-02T08:30:00Z')).toContain('2 juni 2026');
  });

  test('when a late-evening UTC instant crosses midnight in Amsterdam, then the Amsterdam date is shown', () => {
    expect(formatDate('2026-01-15T23:30:00Z')).toBe('vr 16 januari 2026');
  });
});
