import { randomBytes } from 'node:crypto';
import { materials, materialVersions, type Database } from '@stagebureau/db';

/**
 * The materials side of a foreign world (issue 18): a bureau-only material on the company's
 * offer (a file, two versions) and one in the region's library (a link). Their titles and the
 * link are secrets: nobody but the owner and the bureau may see them, and never another
 * region.
 */
export async function aForeignMaterial(
  db: Database,
  regionId: string,
  offer: { id: string; organisationId: string },
) {
  const [title, libraryTitle, path] = Array.from(
    { length: 3 },
    () => `geheim-${randomBytes(5).toString('hex')}`,
  ) as [string, string, string];
  const [material] = await db
    .insert(materials)
    .values({
      regionId,
      targetKind: 'offer',
      offerId: offer.id,
      ownerOrganisationId: offer.organisationId,
      title,
      kind: 'safety_sheet',
      visibility: 'bureau',
      latestVersion: 2,
    })
    .returning();
  await db.insert(materialVersions).values(
    [1, 2].map((number) => ({
      regionId,
      materialId: material!.id,
      number,
      content: 'file' as const,
      objectKey: `materials/${randomBytes(16).toString('hex')}`,
      fileName: `${title}-${number}.pdf`,
      contentType: 'application/pdf',
      size: 1024,
      sha256: '0'.repeat(64),
    })),
  );
  const [shelved] = await db
    .insert(materials)
    .values({
      regionId,
      targetKind: 'library',
      title: libraryTitle,
      kind: 'booklet',
      visibility: 'bureau',
    })
    .returning();
  await db.insert(materialVersions).values({
    regionId,
    materialId: shelved!.id,
    number: 1,
    content: 'link',
    url: `https://voorbeeld.nl/${path}`,
  });
  return { secrets: [title, libraryTitle, path], ids: { material: material!.id } };
}
