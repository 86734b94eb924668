import { expect } from 'vitest';
import type { PlacementRoundView } from '@stagebureau/domain';
import type { TestContext } from '../../../../test/harness';
import { aPlacementWorld } from '../../../../test/placementWorld';

type Who = 'school' | 'teacher' | 'otherSchool' | 'company' | 'otherCompany' | 'bureau';
type Pupil = PlacementRoundView['pupils'][number];

/**
 * The placement world (two schools, two companies, the bureau) with the steps of a matching
 * round as the API takes them: open a round, rank a pupil's places, run, publish.
 */
export async function aRoundWorld(ctx: TestContext) {
  const world = await aPlacementWorld(ctx);
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, who: Who, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: world.users[who].headers,
      payload,
    });
  const expectStatus = async (
    response: ReturnType<typeof send>,
    status: number,
  ): Promise<PlacementRoundView> => {
    const answer = await response;
    expect(answer.statusCode, answer.body).toBe(status);
    return answer.json();
  };

  const aRound = (placeIds: string[], who: Who = 'school', title = 'Stageronde maart') =>
    expectStatus(send('POST', '/placement-rounds', who, { title, placeIds }), 201);
  const prefer = (
    roundId: string,
    participantId: string,
    placeIds: string[],
    who: Who = 'school',
  ) => send('PUT', `/placement-rounds/${roundId}/preferences`, who, { participantId, placeIds });
  const preferred = (roundId: string, participantId: string, placeIds: string[], who?: Who) =>
    expectStatus(prefer(roundId, participantId, placeIds, who), 200);
  const run = (roundId: string, who: Who = 'school') =>
    expectStatus(send('POST', `/placement-rounds/${roundId}/run`, who), 200);
  const publish = (roundId: string, who: Who = 'school') =>
    expectStatus(send('POST', `/placement-rounds/${roundId}/publish`, who), 200);
  const round = (roundId: string, who: Who = 'school') =>
    expectStatus(send('GET', `/placement-rounds/${roundId}`, who), 200);

  /** The row of one pupil in a round view. */
  const pupilIn = (view: PlacementRoundView, participantId: string): Pupil => {
    const pupil = view.pupils.find((candidate) => candidate.participant.id === participantId);
    expect(pupil, `pupil ${participantId} in round`).toBeDefined();
    return pupil!;
  };

  return { ...world, send, aRound, prefer, preferred, run, publish, round, pupilIn };
}
export type RoundWorld = Awaited<ReturnType<typeof aRoundWorld>>;
