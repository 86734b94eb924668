import type { Material, MaterialVersion } from '@stagebureau/domain';
import type { MaterialWithLatest, VersionRow } from './repo';

export function toMaterialVersion(row: VersionRow): MaterialVersion {
  return {
    number: row.number,
    content: row.content,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    url: row.url,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toMaterial({ material, latest }: MaterialWithLatest, canManage: boolean): Material {
  return {
    id: material.id,
    title: material.title,
    description: material.description,
    kind: material.kind,
    visibility: material.visibility,
    levels: material.levels,
    schoolYears: material.schoolYears,
    vmboProfiles: material.vmboProfiles,
    targetKind: material.targetKind,
    offerId: material.offerId,
    requestId: material.requestId,
    ownerOrganisationId: material.ownerOrganisationId,
    latest: toMaterialVersion(latest),
    versionCount: material.latestVersion,
    canManage,
    createdAt: material.createdAt.toISOString(),
    updatedAt: material.updatedAt.toISOString(),
  };
}
