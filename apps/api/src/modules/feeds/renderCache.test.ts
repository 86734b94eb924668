import { describe, expect, it } from 'vitest';
import type { FeedVersion } from './versions';
import { validatorsOf, type CalendarIdentity } from './conditional';
import { feedDay } from './calendarSources';
import { feedWindow } from '@stagebureau/domain';
import { RenderCache } from './renderCache';

const body = (text: string) => Buffer.from(text);

describe('the render cache', () => {
  it('when the bodies outgrow the budget, then the least recently used go first', async () => {
    const cache = new RenderCache(10);
    const renders: string[] = [];
    const get = (key: string, text = key.repeat(4)) =>
      cache.get(key, async () => {
        renders.push(key);
        return body(text);
      });

    await get('a');
    await get('b');
    await get('a'); // a is now the most recently used
    await get('c'); // 12 bytes > 10: b goes, a stays
    await get('a');
    await get('b');

    expect(renders).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size.bytes).toBeLessThanOrEqual(10);
  });

  it('when a body is larger than the budget, or the budget is 0, then it is rendered every time', async () => {
    for (const cache of [new RenderCache(3), new RenderCache(0)]) {
      let renders = 0;
      const render = async () => {
        renders++;
        return body('four');
      };
      expect((await cache.get('k', render)).toString()).toBe('four');
      await cache.get('k', render);
      expect(renders).toBe(2);
      expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    }
  });

  it('when many clients ask for a version being rendered, then it is rendered once', async () => {
    const cache = new RenderCache(1000);
    let renders = 0;
    let finish: (value: Buffer) => void = () => {};
    const render = () => {
      renders++;
      return new Promise<Buffer>((resolve) => (finish = resolve));
    };
    const waiting = Promise.all([1, 2, 3].map(() => cache.get('k', render)));
    finish(body('calendar'));

    expect((await waiting).map(String)).toEqual(['calendar', 'calendar', 'calendar']);
    expect(renders).toBe(1);
  });

  it('when a render fails, then the next request renders again', async () => {
    const cache = new RenderCache(1000);
    await expect(cache.get('k', () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect(String(await cache.get('k', async () => body('ok')))).toBe('ok');
  });
});

describe('validators', () => {
  const version: FeedVersion = { token: 'region:1:3:1|own:1:7:2', changedAt: null };
  const calendarAt = (now: Date): CalendarIdentity => {
    const day = feedDay(now);
    return {
      identity: 'school:1',
      name: 'Stagebureau – school',
      nameChangedAt: new Date('2026-01-01T00:00:00Z'),
      day,
      window: feedWindow(day),
    };
  };

  it('when the day turns, then the window moves and so do the ETag and Last-Modified; within the day they hold', () => {
    const morning = validatorsOf(calendarAt(new Date('2026-11-30T07:00:00Z')), version);
    const evening = validatorsOf(calendarAt(new Date('2026-11-30T22:59:59Z')), version);
    const nextDay = validatorsOf(calendarAt(new Date('2026-12-01T00:00:01Z')), version);

    expect(evening).toEqual(morning);
    expect(nextDay.etag).not.toBe(morning.etag);
    expect(nextDay.lastModified).toEqual(new Date('2026-12-01T00:00:00Z'));
  });

  it('when the version, the name or the scope differ, then so does the ETag', () => {
    const now = new Date('2026-11-30T07:00:00Z');
    const base = validatorsOf(calendarAt(now), version).etag;
    const others = [
      validatorsOf(calendarAt(now), { ...version, token: 'region:1:3:1|own:1:8:2' }),
      validatorsOf({ ...calendarAt(now), name: 'Stagebureau – nieuw' }, version),
      validatorsOf({ ...calendarAt(now), identity: 'school:2' }, version),
    ].map((validators) => validators.etag);

    expect(new Set([base, ...others]).size).toBe(4);
  });
});
