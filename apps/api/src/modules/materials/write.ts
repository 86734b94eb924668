import type { Database } from '@stagebureau/db';
import {
  DomainError,
  canSeeMaterial,
  materialWriteDecision,
  uploadMaxBytes,
  type Actor,
  type ChangeMaterial,
  type Material,
  type MaterialUploadFields,
} from '@stagebureau/domain';
import { auditActorOf, recordAudit } from '../audit/record';
import { loadRegionWithSettings } from '../region/service';
import { acceptUpload, type ObjectStore, type StoredFile, type UploadedFile } from '../storage';
import { toMaterial } from './present';
import {
  appendVersion,
  deleteMaterial,
  describeMaterial,
  findMaterial,
  insertMaterial,
  lockMaterial,
  type MaterialRow,
  type VersionRow,
} from './repo';
import {
  assertTargetVisible,
  factsFor,
  visibleTarget,
  type MaterialTarget,
  type TargetRef,
} from './targets';

type Describing = Omit<MaterialUploadFields, 'note'>;

/** A version's content as it goes into its row: a stored object or an https address. */
export type NewContent = { content: 'file'; stored: StoredFile } | { content: 'link'; url: string };

const contentColumns = (content: NewContent) =>
  content.content === 'link'
    ? { content: 'link' as const, url: content.url }
    : {
        content: 'file' as const,
        objectKey: content.stored.key,
        fileName: content.stored.fileName,
        contentType: content.stored.contentType,
        size: content.stored.size,
        sha256: content.stored.sha256,
      };

/** What the audit keeps of a version: never an object key (it names nothing to a reader). */
const auditedVersion = (row: VersionRow) => ({
  number: row.number,
  content: row.content,
  url: row.url,
  fileName: row.fileName,
  size: row.size,
  sha256: row.sha256,
  note: row.note,
});

/** The region's upload limit, for reading a multipart body. */
export async function uploadLimitOf(db: Database, regionId: string) {
  const region = await loadRegionWithSettings(db, regionId);
  if (!region) throw new DomainError('not_found');
  return uploadMaxBytes(region.settings);
}

/**
 * Where the actor may add a material: a target they can see and whose materials they write
 * (the offer's company, the request's school coordinator, the bureau; the library the bureau
 * alone). Settled before a request's body is read, so nobody else gets as far as a file.
 */
export async function targetToWrite(db: Database, actor: Actor, ref: TargetRef) {
  const target = await visibleTarget(db, actor, ref);
  const decision = materialWriteDecision(actor, {
    regionId: actor.regionId,
    ownerOrganisationId: target.ownerOrganisationId,
  });
  // The target is visible to them, so its existence is no secret: a refusal is 403.
  if (decision !== 'allow') throw new DomainError('forbidden');
  return target;
}

/**
 * A material the actor may change, locked when a transaction is given. A material they
 * cannot even see does not exist for them (404); one they see but do not own is 403.
 */
async function materialToChange(db: Database, actor: Actor, id: string): Promise<MaterialRow> {
  const found = await findMaterial(db, actor.regionId, id);
  if (!found) throw new DomainError('not_found');
  const { material } = found;
  if (materialWriteDecision(actor, material) === 'allow') return material;
  const visible = await assertTargetVisible(db, actor, material)
    .then(async () => canSeeMaterial(actor, material, await factsFor(db, actor, material)))
    .catch(() => false);
  throw new DomainError(visible ? 'forbidden' : 'not_found');
}

/** Stores an upload for a material; a refusal (size, type, content) throws and writes nothing. */
export function storeUpload(store: ObjectStore, file: UploadedFile, maxBytes: number) {
  return acceptUpload(store, {
    bytes: file.bytes,
    fileName: file.fileName,
    declaredType: file.declaredType,
    maxBytes,
    prefix: 'materials',
  });
}

/**
 * Runs a write that names a freshly stored object; should it fail, the object goes again, so
 * a refused write leaves neither row nor object. The caller sees the original error.
 */
async function keepingObjectOnlyIfWritten<T>(
  store: ObjectStore,
  content: NewContent,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (content.content === 'file') await store.delete(content.stored.key).catch(() => undefined);
    throw error;
  }
}

/** A new material with its first version, and its audit, in one transaction. */
export async function createMaterial(
  db: Database,
  store: ObjectStore,
  actor: Actor,
  target: MaterialTarget,
  fields: Describing & { note: string },
  content: NewContent,
): Promise<Material> {
  const { note, ...describing } = fields;
  return keepingObjectOnlyIfWritten(store, content, () =>
    db.transaction(async (tx) => {
      const created = await insertMaterial(
        tx,
        { ...describing, ...target, regionId: actor.regionId, createdBy: actor.userId },
        { ...contentColumns(content), note, createdBy: actor.userId },
      );
      await recordAudit(tx, auditActorOf(actor), {
        entity: 'material',
        entityId: created.material.id,
        action: 'created',
        after: { ...describing, ...target, version: auditedVersion(created.latest) },
      });
      return toMaterial(created, true);
    }),
  );
}

/** Settled before a version's body is read: the material exists and the actor may change it. */
export const materialToVersion = materialToChange;

/** The next version becomes the latest; the earlier ones stay. */
export async function addVersion(
  db: Database,
  store: ObjectStore,
  actor: Actor,
  id: string,
  note: string,
  content: NewContent,
): Promise<Material> {
  return keepingObjectOnlyIfWritten(store, content, () =>
    db.transaction(async (tx) => {
      const locked = await lockMaterial(tx, actor.regionId, id);
      if (!locked) throw new DomainError('not_found');
      const added = await appendVersion(
        tx,
        locked,
        { ...contentColumns(content), note, createdBy: actor.userId },
        new Date(),
      );
      await recordAudit(tx, auditActorOf(actor), {
        entity: 'material',
        entityId: id,
        action: 'version_added',
        after: auditedVersion(added.latest),
      });
      return toMaterial(added, true);
    }),
  );
}

/** The owner or the bureau changes the material's title, kind, visibility or audience. */
export async function changeMaterial(
  db: Database,
  actor: Actor,
  id: string,
  change: ChangeMaterial,
): Promise<Material> {
  await materialToChange(db, actor, id);
  return db.transaction(async (tx) => {
    const locked = await lockMaterial(tx, actor.regionId, id);
    if (!locked) throw new DomainError('not_found');
    const before = Object.fromEntries(
      Object.keys(change).map((key) => [key, locked[key as keyof ChangeMaterial]]),
    );
    const changed = await describeMaterial(tx, locked, change, new Date());
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'material',
      entityId: id,
      action: 'changed',
      before,
      after: change,
    });
    return toMaterial(changed, true);
  });
}

/**
 * The owner or the bureau deletes a material: its rows go with their audit in one transaction,
 * then the objects of every version. An object whose removal fails is named by no row any
 * more, so no link can reach it again.
 */
export async function removeMaterial(db: Database, store: ObjectStore, actor: Actor, id: string) {
  const material = await materialToChange(db, actor, id);
  const keys = await db.transaction(async (tx) => {
    const locked = await lockMaterial(tx, actor.regionId, id);
    if (!locked) throw new DomainError('not_found');
    const removed = await deleteMaterial(tx, actor.regionId, id);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'material',
      entityId: id,
      action: 'deleted',
      before: {
        title: material.title,
        kind: material.kind,
        visibility: material.visibility,
        targetKind: material.targetKind,
        offerId: material.offerId,
        requestId: material.requestId,
        versions: material.latestVersion,
      },
    });
    return removed;
  });
  await Promise.all(keys.map((key) => store.delete(key).catch(() => undefined)));
}
