import type { Database } from '@stagebureau/db';
import {
  DomainError,
  freeSeatsOf,
  isBureau,
  offerStatuses,
  organisationKindOf,
  type Actor,
  type CatalogueItem,
  type CatalogueQuery,
  type PublicCatalogueQuery,
} from '@stagebureau/domain';
import { toPublicSession, type OfferRow, type SessionRow } from '../offers/service';
import {
  findRegionBySlug,
  listCatalogue,
  upcomingOpenSessions,
  type CatalogueScope,
  type CataloguePosition,
} from './repo';

const nextSessionsShown = 3;

const encodeCursor = (position: CataloguePosition) =>
  Buffer.from(JSON.stringify(position)).toString('base64url');

function decodeCursor(cursor: string | undefined): CataloguePosition | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      /^[0-9a-f-]{36}$/.test(value[1])
    )
      return [value[0], value[1]];
  } catch {
    // fall through: a cursor we did not make
  }
  throw new DomainError('validation_failed', 'invalid cursor', {
    errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
  });
}

export function toCatalogueItem(
  offer: OfferRow,
  companyName: string,
  upcoming: SessionRow[],
  shown = nextSessionsShown,
): CatalogueItem {
  return {
    id: offer.id,
    type: offer.type,
    status: offer.status,
    title: offer.title,
    description: offer.description,
    company: { id: offer.organisationId, name: companyName },
    levels: offer.levels,
    schoolYears: offer.schoolYears,
    vmboProfiles: offer.vmboProfiles,
    sectorTags: offer.sectorTags,
    locationKind: offer.locationKind,
    street: offer.street,
    postcode: offer.postcode,
    city: offer.city,
    durationMinutes: offer.durationMinutes,
    requirements: offer.requirements,
    minimumAge: offer.minimumAge,
    bookingMode: offer.bookingMode,
    requiresApproval: offer.requiresApproval,
    opensAt: offer.opensAt?.toISOString() ?? null,
    nextSessions: upcoming.slice(0, shown).map(toPublicSession),
    freeSeats: upcoming.reduce((sum, session) => sum + freeSeatsOf(session), 0),
  };
}

/** What a logged-in caller may list: `mine` for a company's own offers in any status. */
export function scopeOf(actor: Actor, query: CatalogueQuery): CatalogueScope {
  const chosen = query.status ? [query.status] : undefined;
  if (query.mine && organisationKindOf(actor.role) === 'company' && actor.organisationId)
    return {
      regionId: actor.regionId,
      organisationId: actor.organisationId,
      statuses: chosen ?? [...offerStatuses],
    };
  if (isBureau(actor.role)) return { regionId: actor.regionId, statuses: chosen ?? ['published'] };
  return { regionId: actor.regionId, statuses: ['published'] };
}

export async function browseCatalogue(
  db: Database,
  scope: CatalogueScope,
  query: PublicCatalogueQuery,
  now: Date,
) {
  const rows = await listCatalogue(db, scope, query, decodeCursor(query.cursor), now);
  const page = rows.slice(0, query.limit);
  const upcoming = await upcomingOpenSessions(
    db,
    scope.regionId,
    page.map((row) => row.offer.id),
    now,
  );
  const last = page.at(-1);
  return {
    items: page.map(({ offer, companyName }) =>
      toCatalogueItem(
        offer,
        companyName,
        upcoming.filter((session) => session.offerId === offer.id),
      ),
    ),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.offer.title, last.offer.id]) : null,
  };
}

export async function regionOfSlug(db: Database, slug: string) {
  const region = await findRegionBySlug(db, slug);
  if (!region) throw new DomainError('not_found');
  return region.id;
}
