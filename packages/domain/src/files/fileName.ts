/**
 * File names from uploads are hostile input: they travel into download headers, listings and
 * the files people save. What survives is a readable name ("Risico-inventarisatie café 2026.pdf"
 * keeps its accents) without paths, control or bidirectional-override characters, characters
 * that Windows, macOS or shells treat specially, or a length that breaks a file system.
 */

export const maxFileNameLength = 120;
const fallbackBaseName = 'bestand';

// Control characters (C0, DEL, C1), bidi overrides/isolates that disguise an extension
// ("factuur\u202Efdp.exe"), zero-width characters and the byte-order mark.
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Reserved on Windows or special in shells and headers. */
const reserved = /[<>:"/\\|?*;%`$]/g;
/** Device names Windows refuses as file names, with or without an extension. */
const windowsDevices = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** The extension, lower case and without the dot; '' when the name has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** Cuts a string to at most `max` code points, never inside a surrogate pair. */
const cut = (text: string, max: number) => [...text].slice(0, max).join('');

export function sanitiseFileName(raw: string): string {
  // Only the last path segment: browsers on Windows used to send "C:\\Users\\…\\name.pdf".
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(invisible, '')
    .replace(reserved, '_')
    .replace(/\s+/g, ' ')
    // No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them).
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (windowsDevices.test(name)) name = `_${name}`;
  const extension = extensionOf(name);
  const stem = extension ? name.slice(0, -(extension.length + 1)) : name;
  // Keep the extension when cutting: it is what the content is checked against.
  const keptExtension = extension.length <= 10 ? extension : '';
  const room = maxFileNameLength - (keptExtension ? keptExtension.length + 1 : 0);
  const cutStem = cut(keptExtension ? stem : name, room).replace(/[\s.]+$/g, '');
  const safeStem = cutStem || fallbackBaseName;
  return keptExtension ? `${safeStem}.${keptExtension}` : safeStem;
}

/** The name with its extension replaced by (or extended with) the given one. */
export function withExtension(fileName: string, extension: string): string {
  const current = extensionOf(fileName);
  const stem = current ? fileName.slice(0, -(current.length + 1)) : fileName;
  return `${cut(stem, maxFileNameLength - extension.length - 1)}.${extension}`;
}
