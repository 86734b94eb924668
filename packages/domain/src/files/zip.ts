/**
 * Just enough of the ZIP format (APPNOTE 6.3) to tell office documents apart without
 * decompressing anything: the names in the central directory, and the first entry when it is
 * stored uncompressed (ODF's `mimetype`). Anything that does not parse cleanly is "not a zip".
 */

const localHeaderSignature = 0x04034b50;
const centralHeaderSignature = 0x02014b50;
const endOfDirectorySignature = 0x06054b50;
const endOfDirectorySize = 22;
const maxCommentLength = 0xffff;
/** Office documents hold tens to hundreds of parts; more is not a document we accept. */
const maxEntries = 10_000;

const utf8 = new TextDecoder('utf-8');

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.length);

export const startsLikeZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && viewOf(bytes).getUint32(0, true) === localHeaderSignature;

function findEndOfDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - endOfDirectorySize - maxCommentLength);
  for (let at = view.byteLength - endOfDirectorySize; at >= lowest; at--) {
    if (view.getUint32(at, true) === endOfDirectorySignature) return at;
  }
  return undefined;
}

/** The entry names of the central directory, or undefined when this is not a well-formed zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  if (!startsLikeZip(bytes)) return undefined;
  const view = viewOf(bytes);
  const end = findEndOfDirectory(view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // ZIP64 markers (0xffff / 0xffffffff) mean a file far beyond any upload limit: refuse.
  if (count === 0 || count > maxEntries || offset + size > end) return undefined;
  const names: string[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== centralHeaderSignature) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > end) return undefined;
    names.push(utf8.decode(bytes.subarray(at + 46, nameEnd)));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}

/** The first local entry, when it is stored uncompressed with known sizes (ODF's `mimetype`). */
export function firstStoredEntry(
  bytes: Uint8Array,
): { name: string; data: Uint8Array } | undefined {
  if (!startsLikeZip(bytes) || bytes.length < 30) return undefined;
  const view = viewOf(bytes);
  const flags = view.getUint16(6, true);
  const method = view.getUint16(8, true);
  const compressedSize = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  // Bit 3: sizes follow the data, so they are unknown here; ODF forbids it for `mimetype`.
  if (method !== 0 || flags & 0x0008) return undefined;
  const dataStart = 30 + nameLength + extraLength;
  if (dataStart + compressedSize > bytes.length) return undefined;
  return {
    name: utf8.decode(bytes.subarray(30, 30 + nameLength)),
    data: bytes.subarray(dataStart, dataStart + compressedSize),
  };
}
