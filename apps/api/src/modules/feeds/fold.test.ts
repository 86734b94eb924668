import { foldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { feedWindow, type CalendarEvent } from '@stagebureau/domain';
import { foldLine } from './fold';
import { calendarOf, renderCalendar } from './render';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function randoms(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ASCII, 2- and 3-octet characters, emoji (surrogate pairs) and lone surrogates.
const pieces = ['a', 'Z', ' ', ',', 'é', 'ß', '€', '–', '🚀', '🎉', '\ud83d', '\ude80', 'x'];
// Every third line plain ASCII, and every third without surrogates: each path of foldLine.
const alphabets = [pieces, ['a', 'Z', ' ', ',', '\\'], ['a', ' ', 'é', '€', '–']];

describe('folding', () => {
  it('when any line is folded, then the bytes are exactly those of ical-generator’s foldLines', () => {
    const random = randoms(20);
    for (let run = 0; run < 2000; run++) {
      const length = Math.floor(random() * 200);
      let line = '';
      const alphabet = alphabets[run % 3]!;
      for (let n = 0; n < length; n++) line += alphabet[Math.floor(random() * alphabet.length)];
      expect(foldLine(line), JSON.stringify(line)).toBe(foldLines(line));
    }
  });

  it('when a calendar is rendered, then it is byte for byte what ical-generator’s own toString writes', () => {
    const events: CalendarEvent[] = [0, 1, 2].map((n) => ({
      uid: `booking-${n}@stagebureau.nl`,
      sequence: n,
      status: n === 1 ? 'CANCELLED' : 'CONFIRMED',
      summary: `Gastles: Lassen, solderen; meten – één café 🚀 ${n}`,
      description: `Meenemen: veiligheidsschoenen;\noverall ${'ë'.repeat(40 * n)} – einde`,
      location: n === 2 ? null : 'Techniek & Co, Industrieweg 1, 9401 AB Assen',
      geo: n === 0 ? { lat: 52.99, lon: 6.56 } : null,
      start: new Date(Date.UTC(2027, 2, 26 + n, 8)),
      end: new Date(Date.UTC(2027, 2, 26 + n, 10)),
      rrule: n === 2 ? 'FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20270430T150000Z' : null,
      stamp: feedWindow(new Date(Date.UTC(2027, 0, 1))).cancelledKeptFrom,
      url: `https://stagebureau.example/boekingen/${n}`,
    }));
    const feed = { name: 'Stagebureau – Dr. Nassau, College', events };

    const rendered = renderCalendar(feed);

    expect(rendered).toBe(calendarOf(feed).toString());
    expect(rendered).toContain('UID:booking-2@stagebureau.nl');
    expect(renderCalendar({ ...feed, events: [] })).toContain('END:VCALENDAR');
  });
});
