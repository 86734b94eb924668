import { describe, expect, it } from 'vitest';
import { recognitionCriteria, recognitionRanking, type RecognitionInput } from './recognition';

const company = (name: string, over: Partial<RecognitionInput> = {}): RecognitionInput => ({
  companyId: name,
  companyName: name,
  heldSessions: 0,
  cancelledSessions: 0,
  placements: 0,
  inKindHours: 0,
  averageRating: null,
  ratings: 0,
  ...over,
});

describe('leerbedrijf van het jaar ranking', () => {
  it('when the criteria are read, then their weights add up to 100', () => {
    expect(recognitionCriteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });

  it('when two companies differ, then the score follows the weights by hand', () => {
    const ranking = recognitionRanking([
      // rating 4 → 0.75; 4 of 5 held → 0.8; volume 4+2 = 6 of 6 → 1; 12 of 12 hours → 1
      company('Alfa', {
        heldSessions: 4,
        cancelledSessions: 1,
        placements: 2,
        inKindHours: 12,
        averageRating: 4,
        ratings: 3,
      }),
      // rating 5 → 1; nothing cancelled → 1; 3 of 6 → 0.5; 6 of 12 → 0.5
      company('Beta', { heldSessions: 3, inKindHours: 6, averageRating: 5, ratings: 1 }),
      company('Stil'),
    ]);
    expect(ranking.map((c) => [c.companyName, c.rank, c.score])).toEqual([
      ['Alfa', 1, 40 * 0.75 + 25 * 0.8 + 20 + 15],
      ['Beta', 2, 40 + 25 + 10 + 7.5],
    ]);
    expect(ranking[0]!.shares).toEqual({ rating: 0.75, reliability: 0.8, volume: 1, hours: 1 });
  });

  it('when two companies score the same, then they share a rank and more ratings go first', () => {
    const same = { heldSessions: 2, inKindHours: 4, averageRating: 3 };
    const ranking = recognitionRanking([
      company('Een', { ...same, ratings: 1 }),
      company('Twee', { ...same, ratings: 5 }),
      company('Drie', { heldSessions: 1, inKindHours: 1, averageRating: 1, ratings: 1 }),
    ]);
    expect(ranking.map((c) => [c.companyName, c.rank])).toEqual([
      ['Twee', 1],
      ['Een', 1],
      ['Drie', 3],
    ]);
  });

  it('when a company only placed pupils, then it is ranked, reliable, and without ratings scores none for them', () => {
    const [only] = recognitionRanking([company('Plaats', { placements: 3 })]);
    expect(only!.shares).toEqual({ rating: 0, reliability: 1, volume: 1, hours: 0 });
    expect(only!.score).toBe(45);
  });
});
