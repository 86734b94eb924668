import { can, type Decision } from '../policy';
import { isBureau, partyOf, type Actor } from '../roles';
import type { MaterialTargetKind, MaterialVisibility } from './vocabulary';

/**
 * Someone without an account, on a region's public pages: the region comes from the page's
 * slug, so a public material of another region is as unknown to them as to a user.
 */
export interface AnonymousReader {
  role: 'anonymous';
  regionId: string;
}
export const anonymousIn = (regionId: string): AnonymousReader => ({ role: 'anonymous', regionId });

export type MaterialReader = Actor | AnonymousReader;

/** A material, reduced to what decides who sees and changes it. */
export interface MaterialAccessSubject {
  regionId: string;
  visibility: MaterialVisibility;
  targetKind: MaterialTargetKind;
  /** The offer's company, the request's school; null for the bureau's (library, its requests). */
  ownerOrganisationId: string | null;
}

/** What the shell looked up about the reader and the material's offer, place or request. */
export interface MaterialAccessFacts {
  /**
   * The reader's organisation takes part in the target: for an offer or place a school with a
   * booking or placement in `materialBookingStatuses`; for a request a school with a part of it
   * or a company taking one of its parts. False for the library and for anonymous readers.
   */
  takesPart: boolean;
}

/**
 * Who sees a material (issue 18), given that the reader may see its target (the offer, place
 * or request is the owning module's to show). The bureau and the owner see everything of
 * their region; the rest goes by visibility: `public` anyone, `bureau` nobody else,
 * `booked_schools` whoever takes part in the target — in the library every school.
 */
export function canSeeMaterial(
  reader: MaterialReader,
  material: MaterialAccessSubject,
  facts: MaterialAccessFacts,
): boolean {
  if (reader.regionId !== material.regionId) return false;
  if (reader.role === 'anonymous') return material.visibility === 'public';
  if (isBureau(reader.role)) return true;
  if (isOwner(reader, material)) return true;
  switch (material.visibility) {
    case 'public':
      return true;
    case 'bureau':
      return false;
    case 'booked_schools':
      return material.targetKind === 'library'
        ? partyOf(reader.role) === 'school'
        : facts.takesPart;
  }
}

const isOwner = (actor: Actor, material: Pick<MaterialAccessSubject, 'ownerOrganisationId'>) =>
  material.ownerOrganisationId !== null && actor.organisationId === material.ownerOrganisationId;

/**
 * Who adds a material to a target, adds versions to it or deletes it: the owner's writing
 * roles (a company's admins and members, a school's coordinator) or the bureau; what the
 * bureau owns (the library, its own requests) only the bureau.
 */
export function materialWriteDecision(
  actor: Actor,
  owner: Pick<MaterialAccessSubject, 'regionId' | 'ownerOrganisationId'>,
): Decision {
  return owner.ownerOrganisationId === null
    ? can(actor, 'material.curate', { regionId: owner.regionId })
    : can(actor, 'material.write', {
        regionId: owner.regionId,
        organisationId: owner.ownerOrganisationId,
      });
}

/**
 * Who lists a material's older versions and downloads them: the owning organisation (a
 * teacher of the owning school too) and the bureau. Everyone else reads the latest only.
 */
export function canSeeMaterialHistory(
  reader: MaterialReader,
  material: Pick<MaterialAccessSubject, 'regionId' | 'ownerOrganisationId'>,
): boolean {
  if (reader.role === 'anonymous' || reader.regionId !== material.regionId) return false;
  return isBureau(reader.role) || isOwner(reader, material);
}
