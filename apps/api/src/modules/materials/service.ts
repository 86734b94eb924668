import type { Database } from '@stagebureau/db';
import {
  DomainError,
  anonymousIn,
  canSeeMaterial,
  canSeeMaterialHistory,
  materialVisibilities,
  materialWriteDecision,
  prefixSearchQuery,
  type Actor,
  type LibraryQuery,
  type Material,
  type MaterialPage,
  type MaterialReader,
} from '@stagebureau/domain';
import { findOffer } from '../offers/service';
import { toMaterial, toMaterialVersion } from './present';
import {
  findMaterial,
  libraryPage,
  materialsOfTarget,
  versionsOf,
  type LibraryPosition,
  type MaterialWithLatest,
} from './repo';
import { assertTargetVisible, factsFor, visibleTarget, type TargetRef } from './targets';

const managedBy = (reader: MaterialReader, row: MaterialWithLatest) =>
  reader.role !== 'anonymous' && materialWriteDecision(reader, row.material) === 'allow';

/** The materials of one offer, place or request that the reader may see, newest first. */
async function visibleOfTarget(
  db: Database,
  reader: MaterialReader,
  target: { offerId: string | null; requestId: string | null },
) {
  const on = target.offerId
    ? { offerId: target.offerId }
    : target.requestId
      ? { requestId: target.requestId }
      : null;
  if (!on) throw new DomainError('not_found');
  const [rows, facts] = await Promise.all([
    materialsOfTarget(db, reader.regionId, on),
    factsFor(db, reader, target),
  ]);
  return {
    items: rows
      .filter((row) => canSeeMaterial(reader, row.material, facts))
      .map((row) => toMaterial(row, managedBy(reader, row))),
  };
}

/** An offer's, place's or request's materials, for someone who may see it. */
export async function listMaterialsOf(db: Database, actor: Actor, ref: TargetRef) {
  const target = await visibleTarget(db, actor, ref);
  return visibleOfTarget(db, actor, target);
}

/** A published offer's public materials, for anyone on the region's public catalogue. */
export async function listPublicMaterialsOf(db: Database, regionId: string, offerId: string) {
  const found = await findOffer(db, regionId, offerId);
  if (!found || found.offer.status !== 'published') throw new DomainError('not_found');
  return visibleOfTarget(db, anonymousIn(regionId), { offerId, requestId: null });
}

const encodeCursor = (position: LibraryPosition) =>
  Buffer.from(JSON.stringify(position)).toString('base64url');

function decodeCursor(cursor: string | undefined): LibraryPosition | null {
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

/**
 * The region's library, by title, searched by word prefix. Which visibilities a reader gets
 * is asked of `canSeeMaterial` once per visibility (in the library it depends on the reader
 * alone), so the filter runs in SQL and pages stay full.
 */
export async function browseLibrary(
  db: Database,
  reader: MaterialReader,
  query: LibraryQuery,
): Promise<MaterialPage> {
  const visibilities = materialVisibilities.filter((visibility) =>
    canSeeMaterial(
      reader,
      { regionId: reader.regionId, visibility, targetKind: 'library', ownerOrganisationId: null },
      { takesPart: false },
    ),
  );
  const rows = await libraryPage(
    db,
    reader.regionId,
    {
      visibilities,
      tsquery: prefixSearchQuery(query.q),
      kind: query.kind,
      level: query.level,
    },
    decodeCursor(query.cursor),
    query.limit,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toMaterial(row, managedBy(reader, row))),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([last.material.title, last.material.id])
        : null,
  };
}

/**
 * A material the reader may see (its target visible to them, its visibility letting them
 * in); anything else does not exist for them.
 */
export async function visibleMaterial(
  db: Database,
  reader: MaterialReader,
  id: string,
): Promise<MaterialWithLatest> {
  const found = await findMaterial(db, reader.regionId, id);
  if (!found) throw new DomainError('not_found');
  const { material } = found;
  if (reader.role === 'anonymous') {
    // Without an account only a published offer's or the library's public material.
    const offer = material.offerId ? await findOffer(db, reader.regionId, material.offerId) : null;
    const targetPublic = material.offerId
      ? offer?.offer.status === 'published'
      : material.targetKind === 'library';
    if (!targetPublic) throw new DomainError('not_found');
  } else {
    await assertTargetVisible(db, reader, material);
  }
  if (!canSeeMaterial(reader, material, await factsFor(db, reader, material)))
    throw new DomainError('not_found');
  return found;
}

export async function getMaterial(db: Database, actor: Actor, id: string): Promise<Material> {
  const found = await visibleMaterial(db, actor, id);
  return toMaterial(found, managedBy(actor, found));
}

/** Every version, newest first: for the owning organisation and the bureau. */
export async function listVersions(db: Database, actor: Actor, id: string) {
  const { material } = await visibleMaterial(db, actor, id);
  if (!canSeeMaterialHistory(actor, material)) throw new DomainError('forbidden');
  const rows = await versionsOf(db, actor.regionId, id);
  return { items: rows.map(toMaterialVersion) };
}
