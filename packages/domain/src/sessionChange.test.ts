import { describe, expect, it } from 'vitest';
import { planSessionCancel, planSessionChange, type SessionState } from './sessionChange';

const session: SessionState = {
  status: 'scheduled',
  startsAt: new Date('2030-03-05T08:00:00Z'),
  endsAt: new Date('2030-03-05T10:00:00Z'),
  capacity: 30,
  bookedSeats: 25,
  sequence: 3,
};

describe('planSessionChange', () => {
  it('when a company reduces capacity below the booked seats, then capacity_below_booked', () => {
    expect(planSessionChange(session, { capacity: 20 }, { bureau: false })).toMatchObject({
      ok: false,
      code: 'capacity_below_booked',
    });
  });

  it('when the bureau does, then the session is marked overbooked', () => {
    const outcome = planSessionChange(session, { capacity: 20 }, { bureau: true });
    expect(outcome).toMatchObject({
      ok: true,
      value: { reducedBelowBooked: true, next: { capacity: 20, overbookedByBureau: true } },
    });
  });

  it('when capacity goes up, then the waitlist should be promoted', () => {
    expect(planSessionChange(session, { capacity: 40 }, { bureau: false })).toMatchObject({
      ok: true,
      value: { capacityRaised: true, moved: false, changed: true },
    });
  });

  it('when only the time changes, then it is a move', () => {
    const outcome = planSessionChange(
      session,
      { startsAt: new Date('2030-03-06T08:00:00Z'), endsAt: new Date('2030-03-06T10:00:00Z') },
      { bureau: false },
    );
    expect(outcome).toMatchObject({ ok: true, value: { moved: true, capacityRaised: false } });
  });

  it('when the end would be before the start, a sequence is stale, or the session is cancelled, then refused', () => {
    expect(planSessionChange(session, { endsAt: session.startsAt }, { bureau: true }).ok).toBe(
      false,
    );
    expect(
      planSessionChange(session, { capacity: 31, expectedSequence: 2 }, { bureau: true }),
    ).toMatchObject({ code: 'conflict' });
    expect(
      planSessionChange({ ...session, status: 'cancelled' }, { capacity: 31 }, { bureau: true }),
    ).toMatchObject({ code: 'invalid_transition' });
    expect(planSessionCancel({ status: 'cancelled' })).toMatchObject({
      code: 'invalid_transition',
    });
  });
});
