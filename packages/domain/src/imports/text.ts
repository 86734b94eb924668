/**
 * Turning an uploaded file's bytes into text (issue 21). DUO serves its CSVs as Windows-1252
 * (sometimes as UTF-8, with or without a byte-order mark), so the encoding is detected: strict
 * UTF-8 first, Windows-1252 when that fails. Every byte is a character in Windows-1252, so
 * binary content is recognised beforehand by its NUL and other control bytes.
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

export type DecodedText =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: string };

const utf8Bom = [0xef, 0xbb, 0xbf];

/**
 * Windows-1252's characters for bytes 0x80–0x9F (€, ‚, ƒ, „, …, curly quotes, Š, Ž…); every
 * other byte is its Latin-1 code point. Decoded by hand: Node without full ICU decodes the
 * `windows-1252` label as Latin-1 and would turn € into a control character.
 */
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => cp1252High[char.charCodeAt(0) - 0x80]!);
}

function hasBinaryBytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      return true;
    }
  }
  return false;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasBinaryBytes(bytes)) return { ok: false, reason: 'binary content, not text' };
  const bom = utf8Bom.every((byte, index) => bytes[index] === byte);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}
