import { describe, expect, it } from 'vitest';
import { checkAdjustment } from './adjust';
import { aSessionInput, anInput, requestsOf } from './testInputs';

const input = anInput({
  sessions: [aSessionInput('s1', 30), aSessionInput('s2', 30)],
  requests: [...requestsOf('a', 2, 20, ['s1', 's2']), ...requestsOf('b', 1, 10, ['s2'])],
});
const current = [
  { requestId: 'a-r1', sessionId: 's1' },
  { requestId: 'a-r2', sessionId: 's2' },
  { requestId: 'b-r1', sessionId: null },
];

describe('adjusting a placement', () => {
  it('when the target session has room, then the move is allowed with the preference rank', () => {
    expect(checkAdjustment(input, current, 'b-r1', 's1')).toEqual({
      ok: true,
      value: { preferenceRank: null },
    });
    expect(checkAdjustment(input, current, 'a-r2', 's2')).toMatchObject({
      ok: true,
      value: { preferenceRank: 2 },
    });
  });

  it('when the target session lacks room, then it fails with session_full', () => {
    expect(checkAdjustment(input, current, 'a-r2', 's1')).toMatchObject({
      ok: false,
      code: 'session_full',
    });
  });

  it('when the request or session is not in the round, then it fails', () => {
    expect(checkAdjustment(input, current, 'nope', 's1')).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(checkAdjustment(input, current, 'a-r1', 'nope')).toMatchObject({
      ok: false,
      code: 'validation_failed',
    });
  });

  it('when the placement is taken off, then it is always allowed', () => {
    expect(checkAdjustment(input, current, 'a-r1', null)).toEqual({
      ok: true,
      value: { preferenceRank: null },
    });
  });

  it('when the class is busy at the target time, then it fails with class_busy', () => {
    const busy = {
      ...input,
      classBusy: [
        {
          classId: 'b-c1',
          startsAt: input.sessions[0]!.startsAt,
          endsAt: input.sessions[0]!.endsAt,
        },
      ],
    };
    expect(
      checkAdjustment(busy, [{ requestId: 'a-r1', sessionId: null }], 'b-r1', 's1'),
    ).toMatchObject({
      ok: false,
      code: 'class_busy',
    });
  });
});
