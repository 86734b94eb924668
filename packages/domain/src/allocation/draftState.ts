import type {
  AllocationInput,
  AllocationRequest,
  AllocationSession,
  PreferenceCheck,
} from './types';

/** Seats and times as the draft goes: what a turn needs to decide and to explain itself. */
export class DraftState {
  private readonly sessions = new Map<string, AllocationSession>();
  private readonly free = new Map<string, number>();
  private readonly initialFree = new Map<string, number>();
  private readonly history = new Map<string, { round: number; freeAfter: number }[]>();
  private readonly schoolSessionSeats = new Map<string, number>();
  private readonly schoolOfferSeats = new Map<string, number>();
  private readonly offerCaps = new Map<string, number | null>();
  private readonly classTimes = new Map<string, { startsAt: number; endsAt: number }[]>();

  constructor(input: AllocationInput) {
    for (const session of input.sessions) {
      this.sessions.set(session.id, session);
      this.free.set(session.id, Math.max(0, session.seatsFree));
      this.initialFree.set(session.id, Math.max(0, session.seatsFree));
    }
    for (const offer of input.offers) this.offerCaps.set(offer.id, offer.capPerSchool);
    for (const held of input.held) {
      add(this.schoolSessionSeats, `${held.schoolId}|${held.sessionId}`, held.seats);
      add(this.schoolOfferSeats, `${held.schoolId}|${held.offerId}`, held.seats);
    }
    for (const busy of input.classBusy)
      this.busyClass(busy.classId, Date.parse(busy.startsAt), Date.parse(busy.endsAt));
  }

  /** Checks the request's preferences best first and places it in the first with room. */
  takeTurn(request: AllocationRequest, round: number): PreferenceCheck[] {
    const checks: PreferenceCheck[] = [];
    for (const [index, sessionId] of request.preferences.entries()) {
      const check = this.check(request, sessionId, index + 1);
      checks.push(check);
      if (check.verdict === 'placed') {
        this.place(request, this.sessions.get(sessionId)!, round);
        break;
      }
    }
    return checks;
  }

  private check(request: AllocationRequest, sessionId: string, rank: number): PreferenceCheck {
    const session = this.sessions.get(sessionId);
    if (!session) return { rank, sessionId, verdict: 'not_in_round' };
    const free = this.free.get(sessionId)!;
    if (free < request.seats)
      return {
        rank,
        sessionId,
        verdict: 'full',
        seatsFree: free,
        fullSinceRound: this.roundSinceTooFull(sessionId, request.seats),
      };
    const sessionCap = session.capPerSchool;
    const inSession = this.schoolSessionSeats.get(`${request.schoolId}|${sessionId}`) ?? 0;
    if (sessionCap !== null && inSession + request.seats > sessionCap)
      return { rank, sessionId, verdict: 'cap_session' };
    const offerCap = this.offerCaps.get(session.offerId) ?? null;
    const inOffer = this.schoolOfferSeats.get(`${request.schoolId}|${session.offerId}`) ?? 0;
    if (offerCap !== null && inOffer + request.seats > offerCap)
      return { rank, sessionId, verdict: 'cap_offer' };
    if (this.classIsBusy(request.classId, session))
      return { rank, sessionId, verdict: 'class_busy' };
    return { rank, sessionId, verdict: 'placed' };
  }

  private place(request: AllocationRequest, session: AllocationSession, round: number) {
    const freeAfter = this.free.get(session.id)! - request.seats;
    this.free.set(session.id, freeAfter);
    const history = this.history.get(session.id) ?? [];
    history.push({ round, freeAfter });
    this.history.set(session.id, history);
    add(this.schoolSessionSeats, `${request.schoolId}|${session.id}`, request.seats);
    add(this.schoolOfferSeats, `${request.schoolId}|${session.offerId}`, request.seats);
    this.busyClass(request.classId, Date.parse(session.startsAt), Date.parse(session.endsAt));
  }

  /** The draft round after which the session lacked room for `seats`; null: from the start. */
  private roundSinceTooFull(sessionId: string, seats: number): number | null {
    if (this.initialFree.get(sessionId)! < seats) return null;
    return this.history.get(sessionId)?.find((entry) => entry.freeAfter < seats)?.round ?? null;
  }

  private classIsBusy(classId: string, session: AllocationSession): boolean {
    const startsAt = Date.parse(session.startsAt);
    const endsAt = Date.parse(session.endsAt);
    return (this.classTimes.get(classId) ?? []).some(
      (busy) => busy.startsAt < endsAt && startsAt < busy.endsAt,
    );
  }

  private busyClass(classId: string, startsAt: number, endsAt: number) {
    const times = this.classTimes.get(classId) ?? [];
    times.push({ startsAt, endsAt });
    this.classTimes.set(classId, times);
  }
}

function add(map: Map<string, number>, key: string, seats: number) {
  map.set(key, (map.get(key) ?? 0) + seats);
}
