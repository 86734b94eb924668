import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  complianceSettingsProblems,
  regionSettingsSchema,
  type Actor,
  type RegionSettings,
  type TaxonomyKind,
} from '@stagebureau/domain';
import { auditActorOf, changedFields, recordAudit } from '../audit/record';
import { authorise } from '../../plugins/auth';
import {
  deleteTerm,
  findRegion,
  findTerm,
  insertTerm,
  listTaxonomy,
  saveRegionSettings,
} from './repo';

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
