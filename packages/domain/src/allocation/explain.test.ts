import { describe, expect, it } from 'vitest';
import { explainAdjustment } from './explain';
import { allocate } from './snakeDraft';
import { aSessionInput, anInput, requestsOf } from './testInputs';

const explanationOf = (result: ReturnType<typeof allocate>, requestId: string) =>
  result.placements.find((placement) => placement.requestId === requestId)!;

describe('placement rules and their explanations', () => {
  it('when preference 1 filled up in round 2, then a round-3 request is placed in preference 2 and says so', () => {
    const result = allocate(
      anInput({
        sessions: [aSessionInput('s1', 40), aSessionInput('s2', 100)],
        requests: [
          ...requestsOf('a', 3, 10, ['s1', 's2']),
          ...requestsOf('b', 3, 10, ['s1', 's2']),
        ],
      }),
    );
    const third = result.placements.filter((placement) => placement.draftRound === 3);
    expect(third).toHaveLength(2);
    for (const placement of third) {
      expect(placement).toMatchObject({ sessionId: 's2', preferenceRank: 2 });
      expect(placement.explanation).toBe(
        'Geplaatst in voorkeur 2 in ronde 3; voorkeur 1 was vol na ronde 2',
      );
    }
    expect(result.placements[0]!.explanation).toBe('Geplaatst in voorkeur 1 in ronde 1');
  });

  it('when preference 1 fills up earlier in the same round, then the explanation says it was within that round', () => {
    const result = allocate(
      anInput({
        sessions: [aSessionInput('s1', 10), aSessionInput('s2', 100)],
        requests: [
          ...requestsOf('a', 1, 10, ['s1', 's2']),
          ...requestsOf('b', 1, 10, ['s1', 's2']),
        ],
      }),
    );
    expect(result.placements[1]!.explanation).toBe(
      'Geplaatst in voorkeur 2 in ronde 1; voorkeur 1 raakte vol in ronde 1, voordat deze aanvraag aan de beurt was',
    );
  });

  it('when a session has a few seats left but too few for the class, then the explanation gives the numbers', () => {
    const result = allocate(
      anInput({
        sessions: [aSessionInput('s1', 25), aSessionInput('s2', 5)],
        requests: [
          ...requestsOf('a', 1, 20, ['s1']),
          { id: 'b-r1', schoolId: 'b', classId: 'b-c1', seats: 20, preferences: ['s2', 's1'] },
        ],
        seed: 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
      }),
    );
    const b = explanationOf(result, 'b-r1');
    expect(b.sessionId === null || b.sessionId === 's1').toBe(true);
    expect(b.explanation).toContain(
      'voorkeur 1 had vanaf de start te weinig plaatsen (nog 5 plaatsen vrij, 20 nodig)',
    );
  });

  it('when no preference has room, then the request is unplaced, explained and bound for the waitlist', () => {
    const result = allocate(
      anInput({
        sessions: [aSessionInput('s1', 0), aSessionInput('s2', 0)],
        requests: requestsOf('a', 1, 10, ['s1', 's2']),
      }),
    );
    expect(result.placements[0]).toMatchObject({ sessionId: null, preferenceRank: null, pick: 1 });
    expect(result.placements[0]!.explanation).toBe(
      'Niet geplaatst: toen deze aanvraag in ronde 1 aan de beurt was, had geen voorkeur nog plaats; voorkeur 1 was al vol bij de start; voorkeur 2 was al vol bij de start. De aanvraag komt op de wachtlijst van voorkeur 1',
    );
  });

  it('when the school reached the per-session cap, then its next request goes to another preference', () => {
    const result = allocate(
      anInput({
        sessions: [aSessionInput('s1', 100, { capPerSchool: 25 }), aSessionInput('s2', 100)],
        requests: requestsOf('a', 2, 20, ['s1', 's2']),
      }),
    );
    expect(result.placements.map((placement) => placement.sessionId)).toEqual(['s1', 's2']);
    expect(result.placements[1]!.explanation).toContain(
      'voorkeur 1: jullie school zat aan het maximum aantal plaatsen per sessie',
    );
  });

  it('when seats held from earlier bookings reach the offer cap, then the offer is skipped', () => {
    const result = allocate(
      anInput({
        sessions: [aSessionInput('s1', 100), aSessionInput('s2', 100, { offerId: 'offer-2' })],
        offers: [
          { id: 'offer-1', capPerSchool: 30 },
          { id: 'offer-2', capPerSchool: null },
        ],
        held: [{ schoolId: 'a', sessionId: 'other', offerId: 'offer-1', seats: 20 }],
        requests: requestsOf('a', 1, 20, ['s1', 's2']),
      }),
    );
    expect(result.placements[0]).toMatchObject({ sessionId: 's2', preferenceRank: 2 });
    expect(result.placements[0]!.checks[0]!.verdict).toBe('cap_offer');
  });

  it('when the class is already busy at that time, then that preference is skipped', () => {
    const session = aSessionInput('s1', 100);
    const result = allocate(
      anInput({
        sessions: [session, aSessionInput('s2', 100)],
        classBusy: [{ classId: 'a-c1', startsAt: session.startsAt, endsAt: session.endsAt }],
        requests: requestsOf('a', 1, 20, ['s1', 's2']),
      }),
    );
    expect(result.placements[0]).toMatchObject({ sessionId: 's2' });
    expect(result.placements[0]!.explanation).toContain(
      'de klas heeft op dat moment al een andere activiteit',
    );
  });

  it('when a preference is not a session of the round, then it is skipped with a reason', () => {
    const result = allocate(
      anInput({
        sessions: [aSessionInput('s2', 100)],
        requests: requestsOf('a', 1, 20, ['gone', 's2']),
      }),
    );
    expect(result.placements[0]).toMatchObject({ sessionId: 's2', preferenceRank: 2 });
    expect(result.placements[0]!.explanation).toContain('voorkeur 1 hoort niet bij deze ronde');
  });

  it('when the bureau adjusts a placement, then the explanation names the reason and keeps the draw', () => {
    expect(
      explainAdjustment(
        { sessionId: 's2', preferenceRank: 2, reason: 'Bus pas later beschikbaar' },
        'Geplaatst in voorkeur 1 in ronde 1',
      ),
    ).toBe(
      'Door het stagebureau geplaatst in voorkeur 2 (reden: Bus pas later beschikbaar). Uitkomst van de loting: Geplaatst in voorkeur 1 in ronde 1',
    );
    expect(
      explainAdjustment({ sessionId: null, preferenceRank: null, reason: 'x' }, 'y'),
    ).toContain('van de plaatsing gehaald');
    expect(
      explainAdjustment({ sessionId: 's9', preferenceRank: null, reason: 'x' }, 'y'),
    ).toContain('buiten de voorkeuren');
  });
});
