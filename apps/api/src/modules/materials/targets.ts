import type { Database } from '@stagebureau/db';
import {
  DomainError,
  type Actor,
  type MaterialAccessFacts,
  type MaterialReader,
  type MaterialTargetKind,
} from '@stagebureau/domain';
import { getOffer } from '../offers/service';
import { getPlace } from '../placements/places/service';
import { getRequest } from '../requests/service';
import { requestOwner } from '../requests/participation';
import { factsForOffer, factsForRequest } from './participation';
import type { MaterialRow } from './repo';

/** What a material hangs on, as the path names it. */
export type TargetRef = { kind: 'offer' | 'place' | 'request'; id: string } | { kind: 'library' };

/** The target's columns on a material row, and who owns what is attached to it. */
export interface MaterialTarget {
  targetKind: MaterialTargetKind;
  offerId: string | null;
  requestId: string | null;
  ownerOrganisationId: string | null;
}

const library: MaterialTarget = {
  targetKind: 'library',
  offerId: null,
  requestId: null,
  ownerOrganisationId: null,
};

/**
 * The target as the actor may see it, or 404: whether an offer, place or request is visible
 * is its own module's rule (a draft offer only to its company and the bureau, a school's
 * request to that school…), so this asks those modules, never their tables.
 */
export async function visibleTarget(
  db: Database,
  actor: Actor,
  ref: TargetRef,
): Promise<MaterialTarget> {
  switch (ref.kind) {
    case 'offer': {
      const { offer } = await getOffer(db, actor, ref.id);
      return {
        targetKind: offer.bookingMode === 'placement' ? 'place' : 'offer',
        offerId: offer.id,
        requestId: null,
        ownerOrganisationId: offer.organisationId,
      };
    }
    case 'place': {
      const place = await getPlace(db, actor, ref.id);
      return {
        targetKind: 'place',
        offerId: place.offerId,
        requestId: null,
        ownerOrganisationId: place.companyId,
      };
    }
    case 'request': {
      await getRequest(db, actor, ref.id);
      const owner = await requestOwner(db, actor.regionId, ref.id);
      if (owner === undefined) throw new DomainError('not_found');
      return {
        targetKind: 'request',
        offerId: null,
        requestId: ref.id,
        ownerOrganisationId: owner,
      };
    }
    case 'library':
      return library;
  }
}

/** A stored material's target, checked again for this reader (its visibility may change). */
export async function assertTargetVisible(db: Database, actor: Actor, material: MaterialRow) {
  if (material.offerId) await getOffer(db, actor, material.offerId);
  else if (material.requestId) await getRequest(db, actor, material.requestId);
}

/** Whether the reader takes part in the material's offer, place or request. */
export function factsFor(
  db: Database,
  reader: MaterialReader,
  target: Pick<MaterialTarget, 'offerId' | 'requestId'>,
): Promise<MaterialAccessFacts> {
  if (target.offerId) return factsForOffer(db, reader, target.offerId);
  if (target.requestId) return factsForRequest(db, reader, target.requestId);
  return Promise.resolve({ takesPart: false });
}
