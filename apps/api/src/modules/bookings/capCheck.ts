import type { Transaction } from '@stagebureau/db';
import {
  capsFor,
  checkCaps,
  classMayBook,
  DomainError,
  seasonOf,
  type Outcome,
} from '@stagebureau/domain';
import { orThrow } from './apply';
import { loadBookingFacts, type LoadedFacts } from './facts';
import { lockSchool, schoolUsage } from './repo';

/**
 * The cap check a booking of this class in this session would meet, under the school's lock
 * (held until the caller's transaction ends): for a school asking the bureau for a cap
 * exception, and for the bureau granting one (the audit names the cap it overrides).
 */
export async function schoolCapCheck(
  tx: Transaction,
  regionId: string,
  target: { sessionId: string; classId: string },
  authorise: (facts: LoadedFacts) => void = () => {},
): Promise<{ facts: LoadedFacts; check: Outcome<true> }> {
  const facts = await loadBookingFacts(tx, regionId, target);
  authorise(facts);
  orThrow(classMayBook(facts));
  const { session, offer, schoolClass } = facts;
  const schoolId = schoolClass.organisationId;
  if (!(await lockSchool(tx, regionId, schoolId))) throw new DomainError('not_found');
  const usage = await schoolUsage(
    tx,
    { regionId, schoolId, sessionId: session.id, offerId: offer.id },
    seasonOf(session.startsAt),
  );
  return {
    facts,
    check: checkCaps(capsFor(facts.region.settings, offer), usage, schoolClass.size),
  };
}
