import { readFile } from 'node:fs/promises';
import type { Database } from '@stagebureau/db';
import { loadPostcodeAreas } from './service';

/**
 * `platform load-postcode-areas --file <pc4.csv> --source "CBS Postcode4 2024"`: loads PC4 centroids
 * (`pc4,latitude,longitude`, WGS84), e.g. computed from CBS Postcode4 (PDOK) polygons — see
 * docs/decisions/020-distance.md. All rows or none; a reload corrects areas in place.
 */
export async function loadPostcodeAreasCommand(
  db: Database,
  file: string | undefined,
  source: string | undefined,
  out: (line: string) => void,
): Promise<number> {
  if (!file || !source) {
    out('usage: load-postcode-areas --file <pc4.csv> --source "<where the centroids come from>"');
    return 2;
  }
  const { loaded, total } = await loadPostcodeAreas(db, await readFile(file), source);
  out(`loaded ${loaded} postcode areas from ${file}; ${total} known in all`);
  return 0;
}
