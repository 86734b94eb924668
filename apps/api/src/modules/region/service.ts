import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  complianceSettingsProblems,
  mergeRegionSettings,
  regionSettingsSchema,
  type Actor,
  type CreateRegion,
  type UpdatePlatformRegion,
  type RegionSettings,
  type TaxonomyKind,
} from '@stagebureau/domain';
import { auditActorOf, changedFields, recordAudit, type AuditActor } from '../audit/record';
import { authorise } from '../../plugins/auth';
import {
  deleteTerm,
  findRegion,
  findTerm,
  insertTerm,
  insertRegion,
  listRegionSummaries,
  listTaxonomy,
  saveRegionProfile,
  saveRegionSettings,
} from './repo';

/** Who changes a region from above it (a platform admin): the region is the one changed. */
type AuditActorWithoutRegion = Omit<AuditActor, 'regionId'>;

/** Settings stored before a setting existed get its default on read. */
const withDefaults = (settings: Partial<RegionSettings>) => regionSettingsSchema.parse(settings);

/**
 * The region with its settings parsed (defaults filled in), for the modules whose rules read
 * them (caps, booking windows, holds); null for an unknown region. Inside a transaction it
 * reads what the transaction sees.
 */
export async function loadRegionWithSettings(db: Database | Transaction, regionId: string) {
  const region = await findRegion(db, regionId);
  return region ? { ...region, settings: withDefaults(region.settings) } : null;
}

export async function readRegion(db: Database, actor: Actor) {
  const region = await loadRegionWithSettings(db, actor.regionId);
  if (!region) throw new DomainError('not_found');
  return region;
}

export async function updateRegionSettings(
  db: Database,
  actor: Actor,
  changes: Partial<RegionSettings>,
) {
  return db.transaction(async (tx) => {
    const region = await findRegion(tx, actor.regionId, true);
    if (!region) throw new DomainError('not_found');
    const before = withDefaults(region.settings);
    const after = withDefaults({ ...before, ...changes });
    // A requirement must name a kind the region knows (issue 18), or nobody could meet it.
    const problems = complianceSettingsProblems(after);
    if (problems.length)
      throw new DomainError('validation_failed', 'the compliance settings are inconsistent', {
        errors: problems,
      });
    await saveRegionSettings(tx, actor.regionId, after);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'region',
      entityId: actor.regionId,
      action: 'settings_update',
      before: changedFields(before, Object.keys(changes)),
      after: changes,
    });
    return { ...region, settings: after };
  });
}

export async function addTerm(
  db: Database,
  actor: Actor,
  input: { kind: TaxonomyKind; code: string; label: string },
) {
  return db.transaction(async (tx) => {
    const term = await insertTerm(tx, { ...input, regionId: actor.regionId });
    if (!term) throw new DomainError('duplicate', `${input.kind} "${input.code}" exists`);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'taxonomy_term',
      entityId: term.id,
      action: 'create',
      after: term,
    });
    return term;
  });
}

/**
 * Removes a term from the region's vocabulary. Offers and organisations keep the tag text they
 * were saved with, so nothing a school or company relied on changes.
 */
export async function removeTerm(db: Database, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const term = await findTerm(tx, actor.regionId, id);
    if (!term) throw new DomainError('not_found');
    authorise(actor, 'taxonomy.manage', { regionId: actor.regionId });
    await deleteTerm(tx, actor.regionId, id);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'taxonomy_term',
      entityId: id,
      action: 'delete',
      before: term,
    });
  });
}

/** The regions with these slugs (those that exist), e.g. the ones with single sign-on. */
export { findRegionsBySlugs as regionsBySlugs } from './repo';

/** The region's sector taxonomy (codes and labels): public, for the company sign-up form. */
export async function sectorsOf(db: Database | Transaction, regionId: string) {
  const terms = await listTaxonomy(db, regionId);
  return terms
    .filter((term) => term.kind === 'sector')
    .map((term) => ({ code: term.code, label: term.label }));
}

/** The platform's view of a region: with counts and settings (defaults filled in). */
const toSummary = (row: Awaited<ReturnType<typeof listRegionSummaries>>[number]) => ({
  ...row,
  settings: withDefaults(row.settings),
  createdAt: row.createdAt.toISOString(),
});

export async function regionSummaries(db: Database | Transaction) {
  return (await listRegionSummaries(db)).map(toSummary);
}

export async function regionSummary(db: Database | Transaction, regionId: string) {
  const [row] = await listRegionSummaries(db, regionId);
  return row ? toSummary(row) : null;
}

/**
 * Creates a region (issue 21): the given settings over the defaults, audited in the new
 * region's own log. A taken slug is `duplicate`.
 */
export async function createRegion(
  db: Database,
  actor: AuditActorWithoutRegion,
  input: CreateRegion,
) {
  const merged = mergeRegionSettings({}, input.settings);
  if (!merged.ok) throw new DomainError(merged.code, merged.detail, merged.meta);
  const id = await db.transaction(async (tx) => {
    const row = await insertRegion(tx, {
      slug: input.slug,
      name: input.name,
      holidayRegion: input.holidayRegion,
      settings: merged.value,
    });
    if (!row) throw new DomainError('duplicate', `the slug "${input.slug}" is taken`);
    await recordAudit(
      tx,
      { ...actor, regionId: row.id },
      {
        entity: 'region',
        entityId: row.id,
        action: 'create',
        after: { ...input, settings: merged.value },
      },
    );
    return row.id;
  });
  return (await regionSummary(db, id))!;
}

/** Changes a region's name, holiday region and (some of its) settings, audited. */
export async function changeRegion(
  db: Database,
  actor: AuditActorWithoutRegion,
  regionId: string,
  changes: UpdatePlatformRegion,
) {
  await db.transaction(async (tx) => {
    const region = await findRegion(tx, regionId, true);
    if (!region) throw new DomainError('not_found');
    const current = withDefaults(region.settings);
    const merged = mergeRegionSettings(current, changes.settings ?? {});
    if (!merged.ok) throw new DomainError(merged.code, merged.detail, merged.meta);
    const name = changes.name ?? region.name;
    const holidayRegion = changes.holidayRegion ?? region.holidayRegion;
    await saveRegionProfile(tx, regionId, { name, holidayRegion, settings: merged.value });
    const settingKeys = Object.keys(changes.settings ?? {});
    await recordAudit(
      tx,
      { ...actor, regionId },
      {
        entity: 'region',
        entityId: regionId,
        action: 'update',
        before: {
          ...changedFields(
            region,
            Object.keys(changes).filter((key) => key !== 'settings'),
          ),
          ...(settingKeys.length ? { settings: changedFields(current, settingKeys) } : {}),
        },
        after: changes,
      },
    );
  });
  return (await regionSummary(db, regionId))!;
}
