import { and, eq } from 'drizzle-orm';
import { classes, offers, organisations, regions, type Database } from '@stagebureau/db';
import type { FeedScope } from '@stagebureau/domain';

/** What a feed's scope points at, reduced to what decides access and names the calendar. */
export interface ScopeTarget {
  regionId: string;
  /** The organisation that owns the scope; null for the region. */
  organisationId: string | null;
  name: string;
  changedAt: Date;
}

/** The scope's target in the region, or null when it does not exist there (or is of another
 * kind: a `school` scope never resolves to a company). */
export async function findScopeTarget(
  db: Database,
  regionId: string,
  scope: FeedScope,
  scopeId: string,
): Promise<ScopeTarget | null> {
  switch (scope) {
    case 'school':
    case 'company': {
      const [row] = await db
        .select({ name: organisations.name, changedAt: organisations.updatedAt })
        .from(organisations)
        .where(
          and(
            eq(organisations.regionId, regionId),
            eq(organisations.id, scopeId),
            eq(organisations.kind, scope),
          ),
        );
      return row ? { regionId, organisationId: scopeId, ...row } : null;
    }
    case 'class': {
      const [row] = await db
        .select({
          organisationId: classes.organisationId,
          name: classes.name,
          schoolName: organisations.name,
          changedAt: classes.updatedAt,
        })
        .from(classes)
        .innerJoin(organisations, eq(organisations.id, classes.organisationId))
        .where(and(eq(classes.regionId, regionId), eq(classes.id, scopeId)));
      return row
        ? {
            regionId,
            organisationId: row.organisationId,
            name: `${row.name} (${row.schoolName})`,
            changedAt: row.changedAt,
          }
        : null;
    }
    case 'offer': {
      const [row] = await db
        .select({
          organisationId: offers.organisationId,
          name: offers.title,
          changedAt: offers.updatedAt,
        })
        .from(offers)
        .where(and(eq(offers.regionId, regionId), eq(offers.id, scopeId)));
      return row ? { regionId, ...row } : null;
    }
    case 'region': {
      if (scopeId !== regionId) return null;
      const [row] = await db
        .select({ name: regions.name, changedAt: regions.updatedAt })
        .from(regions)
        .where(eq(regions.id, regionId));
      return row ? { regionId, organisationId: null, ...row } : null;
    }
  }
}

export async function findRegionBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({ id: regions.id, name: regions.name, changedAt: regions.updatedAt })
    .from(regions)
    .where(eq(regions.slug, slug));
  return row ?? null;
}
