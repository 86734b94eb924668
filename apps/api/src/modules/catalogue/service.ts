import type { Database } from '@stagebureau/db';
import {
  DomainError,
  freeSeatsOf,
  isBureau,
  offerStatuses,
  organisationKindOf,
  roundKm,
  type Actor,
  type CatalogueItem,
  type CatalogueQuery,
  type PublicCatalogueQuery,
  type PublicSessionsQuery,
} from '@stagebureau/domain';
import { originOf } from '../geography/service';
import { toPublicSession, type OfferRow, type SessionRow } from '../offers/service';
import {
  findRegionBySlug,
  listCatalogue,
  listPublicSessions,
  upcomingOpenSessions,
  type CatalogueScope,
  type CataloguePosition,
} from './repo';

const nextSessionsShown = 3;

const encodeCursor = (position: CataloguePosition) =>
  Buffer.from(JSON.stringify(position)).toString('base64url');

const isPosition = (value: unknown): value is CataloguePosition => {
  if (!Array.isArray(value)) return false;
  const [title, id] = value.slice(-2) as unknown[];
  const titled = typeof title === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id);
  return value.length === 2 ? titled : value.length === 3 && titled && Number.isFinite(value[0]);
};

function decodeCursor(cursor: string | undefined): CataloguePosition | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isPosition(value)) return value;
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
  distanceKm: number | null = null,
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
    distanceKm: distanceKm === null ? null : roundKm(distanceKm),
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

const positionOf = (row: { offer: OfferRow; distanceKey: number | null }): CataloguePosition =>
  row.distanceKey === null
    ? [row.offer.title, row.offer.id]
    : [row.distanceKey, row.offer.title, row.offer.id];

export async function browseCatalogue(
  db: Database,
  scope: CatalogueScope,
  query: PublicCatalogueQuery,
  now: Date,
) {
  const origin = await originOf(db, scope.regionId, query);
  const rows = await listCatalogue(db, scope, query, decodeCursor(query.cursor), now, origin);
  const page = rows.slice(0, query.limit);
  const upcoming = await upcomingOpenSessions(
    db,
    scope.regionId,
    page.map((row) => row.offer.id),
    now,
  );
  const last = page.at(-1);
  return {
    items: page.map(({ offer, companyName, distanceKm }) =>
      toCatalogueItem(
        offer,
        companyName,
        upcoming.filter((session) => session.offerId === offer.id),
        distanceKm,
      ),
    ),
    nextCursor: rows.length > query.limit && last ? encodeCursor(positionOf(last)) : null,
  };
}

/** The public year calendar's read model: sessions with their offer's title and company. */
export async function publicSessionsOf(db: Database, regionId: string, query: PublicSessionsQuery) {
  const { rows, total } = await listPublicSessions(db, regionId, query);
  return {
    items: rows.map(({ session, offerTitle, companyName }) => ({
      ...toPublicSession(session),
      offerTitle,
      companyName,
    })),
    total,
  };
}

export async function regionOfSlug(db: Database, slug: string) {
  const region = await findRegionBySlug(db, slug);
  if (!region) throw new DomainError('not_found');
  return region.id;
}
