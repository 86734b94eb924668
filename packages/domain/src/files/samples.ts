/**
 * Real minimal files, built in memory for the sniffer's tests (no IO in the domain): a PDF with
 * a valid cross-reference table, a 1×1 PNG, ZIP archives with correct CRCs for OOXML and ODF,
 * and the headers of ELF and PE executables. Not exported from the package.
 */

const encoder = new TextEncoder();
export const bytesOf = (text: string) => encoder.encode(text);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A one-page PDF 1.4 whose xref offsets are computed, as a PDF reader expects. */
export function minimalPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1 bytes, so the offsets (counted in characters) are byte offsets.
  return Uint8Array.from(body, (char) => char.charCodeAt(0));
}

/** A 1×1 transparent PNG (signature, IHDR, IDAT, IEND with valid CRCs). */
export const minimalPng = () =>
  Uint8Array.from(
    atob(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    ),
    (char) => char.charCodeAt(0),
  );

export const jpegHeader = () =>
  Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...bytesOf('JFIF'), 0x00, 0x01, 0x01]);

/** The first bytes of a 64-bit Linux executable and of a Windows one ("MZ", DOS stub, PE). */
export const elfExecutable = () =>
  concat(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), new Uint8Array(56));
export function peExecutable(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set(bytesOf('MZ'), 0);
  bytes[0x3c] = 0x80; // e_lfanew: where the PE header starts
  bytes.set(bytesOf('PE\0\0'), 0x80);
  return bytes;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with the entries stored (not compressed), in the given order. */
export function zipOf(entries: [name: string, content: string | Uint8Array][]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = bytesOf(name);
    const data = typeof content === 'string' ? bytesOf(content) : content;
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 0, true); // stored
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    const localBytes = concat(new Uint8Array(local.buffer), nameBytes, data);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint32(42, offset, true);
    centrals.push(concat(new Uint8Array(central.buffer), nameBytes));
    locals.push(localBytes);
    offset += localBytes.length;
  }
  const directory = concat(...centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat(...locals, directory, new Uint8Array(end.buffer));
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rootRels = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`;

/** A Word document with one paragraph: the three parts Word needs. */
export const minimalDocx = (extraParts: [string, string][] = []) =>
  zipOf([
    ['[Content_Types].xml', contentTypes('word/document.xml')],
    ['_rels/.rels', rootRels('word/document.xml')],
    [
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Veiligheidsinstructie</w:t></w:r></w:p></w:body></w:document>',
    ],
    ...extraParts,
  ]);

/** The OOXML skeleton with another main part (xlsx, pptx). */
export const ooxmlWith = (main: string) =>
  zipOf([
    ['[Content_Types].xml', contentTypes(main)],
    ['_rels/.rels', rootRels(main)],
    [main, '<?xml version="1.0" encoding="UTF-8"?><root/>'],
  ]);

/** An OpenDocument file: `mimetype` first and stored, as ODF 1.2 §3.3 requires. */
export const minimalOdf = (mimeType: string) =>
  zipOf([
    ['mimetype', mimeType],
    [
      'META-INF/manifest.xml',
      `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimeType}"/></manifest:manifest>`,
    ],
    ['content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>'],
  ]);
