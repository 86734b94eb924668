import { z } from 'zod';
import { checkMaterialLink } from '../materials/links';
import {
  materialContentKinds,
  materialKinds,
  materialTargetKinds,
  materialVisibilities,
} from '../materials/vocabulary';
import { educationLevels, vmboProfiles } from '../vocabulary';
import { isoDateTime, longText, shortText } from './common';

/** An https address for a link material (`checkMaterialLink`), normalised. */
export const materialLinkSchema = z
  .string()
  .max(2000)
  .transform((value, context) => {
    const checked = checkMaterialLink(value);
    if (checked.ok) return checked.url;
    context.addIssue({ code: 'custom', message: checked.message });
    return z.NEVER;
  });

const audience = {
  /** Empty: every level (as an offer's audience). */
  levels: z.array(z.enum(educationLevels)).max(educationLevels.length),
  schoolYears: z.array(z.number().int().min(1).max(6)).max(6),
  vmboProfiles: z.array(z.enum(vmboProfiles)).max(vmboProfiles.length),
};

const describing = {
  title: shortText(200),
  description: longText(3000).default(''),
  kind: z.enum(materialKinds),
  visibility: z.enum(materialVisibilities),
  levels: audience.levels.default([]),
  schoolYears: audience.schoolYears.default([]),
  vmboProfiles: audience.vmboProfiles.default([]),
};

/** What a version may say about itself ("2026: nieuwe machines"). */
const versionNote = longText(500).default('');

/** A new material whose first version is a link (JSON). */
export const createLinkMaterialSchema = z
  .object({ ...describing, url: materialLinkSchema, note: versionNote })
  .strict();
export type CreateLinkMaterial = z.infer<typeof createLinkMaterialSchema>;

/** A comma-separated form field (`vmbo-kb,vmbo-gl`) as a list; empty: none. */
const listField = z
  .string()
  .max(500)
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/**
 * The form fields that come with a material's first file (multipart/form-data): the same as
 * the JSON, with the audience lists comma-separated (`levels=vmbo-kb,vmbo-gl`,
 * `schoolYears=3,4`).
 */
export const materialUploadFieldsSchema = z
  .object({
    ...describing,
    levels: listField.pipe(audience.levels).default([]),
    schoolYears: listField
      .pipe(z.array(z.coerce.number<string>().int().min(1).max(6)).max(6))
      .default([]),
    vmboProfiles: listField.pipe(audience.vmboProfiles).default([]),
    note: versionNote,
  })
  .strict();
export type MaterialUploadFields = z.infer<typeof materialUploadFieldsSchema>;

/**
 * The owner (or the bureau) changes what a material says about itself: title, description,
 * kind, visibility or audience. Its content changes only by a new version.
 */
export const changeMaterialSchema = z
  .object({
    title: describing.title,
    description: longText(3000),
    kind: describing.kind,
    visibility: describing.visibility,
    levels: audience.levels,
    schoolYears: audience.schoolYears,
    vmboProfiles: audience.vmboProfiles,
  })
  .partial()
  .strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'Niets om te wijzigen.' });
export type ChangeMaterial = z.infer<typeof changeMaterialSchema>;

/** A new version that is a link (JSON); a file version sends only `note` with its file. */
export const addLinkVersionSchema = z
  .object({ url: materialLinkSchema, note: versionNote })
  .strict();
export type AddLinkVersion = z.infer<typeof addLinkVersionSchema>;
export const versionUploadFieldsSchema = z.object({ note: versionNote }).strict();

export const materialVersionSchema = z.object({
  /** 1 for the first; each new version the next. */
  number: z.number().int().min(1),
  content: z.enum(materialContentKinds),
  /** A file's sanitised name, sniffed type and size; null for a link. */
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  size: z.number().int().nullable(),
  /** A link's https address; null for a file (ask for a download link). */
  url: z.string().nullable(),
  note: z.string(),
  createdAt: isoDateTime,
});
export type MaterialVersion = z.infer<typeof materialVersionSchema>;

export const materialSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(materialKinds),
  visibility: z.enum(materialVisibilities),
  levels: z.array(z.enum(educationLevels)),
  schoolYears: z.array(z.number().int()),
  vmboProfiles: z.array(z.enum(vmboProfiles)),
  /** `offer` and `place` name the offer (a place's offer); `library` names nothing. */
  targetKind: z.enum(materialTargetKinds),
  offerId: z.uuid().nullable(),
  requestId: z.uuid().nullable(),
  /** The offer's company or the request's school; null for the bureau's own. */
  ownerOrganisationId: z.uuid().nullable(),
  /** What readers get. */
  latest: materialVersionSchema,
  versionCount: z.number().int().min(1),
  /** Whether the caller may add versions, delete it and read its history. */
  canManage: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Material = z.infer<typeof materialSchema>;

export const materialListSchema = z.object({ items: z.array(materialSchema) });
export const materialPageSchema = z.object({
  items: z.array(materialSchema),
  nextCursor: z.string().nullable(),
});
export type MaterialPage = z.infer<typeof materialPageSchema>;
export const materialVersionListSchema = z.object({ items: z.array(materialVersionSchema) });

/** The region's library: word-prefix search on title and description, by kind and level. */
export const libraryQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    kind: z.enum(materialKinds).optional(),
    /** Materials for this level, or for every level. */
    level: z.enum(educationLevels).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

/** Which version to download: the latest unless named (older ones: the owner and bureau). */
export const materialDownloadQuerySchema = z
  .object({ version: z.coerce.number().int().min(1).max(100_000).optional() })
  .strict();

/**
 * How to open a version: a file through a short-lived signed link (`expiresAt`), a link
 * material at its own address (`expiresAt` null).
 */
export const materialDownloadSchema = z.object({
  content: z.enum(materialContentKinds),
  url: z.string(),
  expiresAt: isoDateTime.nullable(),
});
export type MaterialDownload = z.infer<typeof materialDownloadSchema>;
