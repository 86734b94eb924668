import type { Database } from '@stagebureau/db';
import { DomainError, canSeeMaterialHistory, type MaterialReader } from '@stagebureau/domain';
import type { DownloadLinkInput } from '../storage';
import { findVersion } from './repo';
import { visibleMaterial } from './service';

/** How a version opens: an object behind a signed link, or the link material's address. */
export type VersionToOpen =
  { content: 'file'; file: DownloadLinkInput } | { content: 'link'; url: string };

/**
 * The version a reader asked for: the latest for anyone who may see the material, an older
 * one only for the owning organisation and the bureau. The caller turns a file into a
 * short-lived link; the rights are checked here, before.
 */
export async function versionToOpen(
  db: Database,
  reader: MaterialReader,
  id: string,
  number: number | undefined,
): Promise<VersionToOpen> {
  const found = await visibleMaterial(db, reader, id);
  const wanted = number ?? found.material.latestVersion;
  let version = found.latest;
  if (wanted !== found.material.latestVersion) {
    if (!canSeeMaterialHistory(reader, found.material)) throw new DomainError('forbidden');
    const older = await findVersion(db, reader.regionId, id, wanted);
    if (!older) throw new DomainError('not_found', 'no such version');
    version = older;
  }
  if (version.content === 'link') return { content: 'link', url: version.url! };
  return {
    content: 'file',
    file: {
      key: version.objectKey!,
      fileName: version.fileName!,
      contentType: version.contentType!,
    },
  };
}
