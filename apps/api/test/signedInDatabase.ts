import { eq, sql } from 'drizzle-orm';
import { placements, type Database } from '@stagebureau/db';

/**
 * An accepted placement made `signed` straight in the database: every party's signature row
 * signed with the agreement's hash, then the status (the database's signature rule checks
 * them). For tests of other modules; the signing links are tested in the agreement module.
 */
export async function signedInDatabase(db: Database, placementId: string) {
  await db.execute(sql`update placement_signatures s
    set signed_at = now(), signed_hash = p.agreement_hash, typed_name = 'Getekend'
    from placements p where p.id = s.placement_id and p.id = ${placementId}`);
  await db.update(placements).set({ status: 'signed' }).where(eq(placements.id, placementId));
}
