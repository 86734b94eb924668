import { isBureau, organisationKindOf, type Actor } from '@stagebureau/domain';
import type { Viewer } from './present';

const none = '00000000-0000-0000-0000-000000000000';

/** The view an actor gets of requests: by its side of the product. */
export function viewerOf(actor: Actor): Viewer {
  if (isBureau(actor.role)) return { kind: 'bureau' };
  const kind = organisationKindOf(actor.role);
  const organisationId = actor.organisationId ?? none;
  return kind === 'company'
    ? { kind: 'company', companyId: organisationId }
    : { kind: 'school', schoolId: organisationId };
}
