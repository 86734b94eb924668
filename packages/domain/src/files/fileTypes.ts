/**
 * The allow-list of uploadable file types (issue 18). A type is recognised by its content
 * (see sniff.ts); the extensions say which names fit it, so a name that contradicts the content
 * is refused. Old binary office formats (.doc, .xls) and macro-enabled documents are not on it:
 * they carry macros, and the modern formats cover every document a region exchanges.
 */
export const fileTypes = {
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  png: { contentType: 'image/png', extensions: ['png'] },
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  gif: { contentType: 'image/gif', extensions: ['gif'] },
  webp: { contentType: 'image/webp', extensions: ['webp'] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  odp: { contentType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
  text: { contentType: 'text/plain; charset=utf-8', extensions: ['txt', 'csv', 'md'] },
} as const satisfies Record<string, { contentType: string; extensions: readonly string[] }>;

export type FileKind = keyof typeof fileTypes;
export const fileKinds = Object.keys(fileTypes) as FileKind[];
export type AllowedContentType = (typeof fileTypes)[FileKind]['contentType'];

/** The kind whose content type this is (as stored next to an object), if any. */
export const kindOfContentType = (contentType: string): FileKind | undefined =>
  fileKinds.find((kind) => fileTypes[kind].contentType === contentType);

const declaredAliases: Record<string, FileKind> = {
  'image/jpg': 'jpeg',
  'image/pjpeg': 'jpeg',
  'application/x-pdf': 'pdf',
};
const zipDeclaredTypes = new Set(['application/zip', 'application/x-zip-compressed']);
const zipKinds = new Set<FileKind>(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp']);

/**
 * Whether a client's declared type contradicts the sniffed kind. It is never trusted to *allow*
 * anything; it can only refuse when it names another kind on the allow-list (a PNG sent as
 * `application/pdf`). Types it does not know say nothing: operating systems map extensions to
 * odd types (Windows declares a .csv as `application/vnd.ms-excel` where Excel is installed).
 */
export function declaredTypeContradicts(declaredType: string | undefined, kind: FileKind): boolean {
  const declared = (declaredType ?? '').split(';')[0]!.trim().toLowerCase();
  if (zipDeclaredTypes.has(declared)) return !zipKinds.has(kind);
  const declaredKind = declared.startsWith('text/')
    ? 'text'
    : (declaredAliases[declared] ?? kindOfContentType(declared));
  return declaredKind !== undefined && declaredKind !== kind;
}
