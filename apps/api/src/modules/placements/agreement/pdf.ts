import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import {
  agreementText,
  signatureRows,
  type AgreementData,
  type AgreementSignature,
} from '@stagebureau/domain';

/**
 * The stageovereenkomst as a PDF: the signed text on A4 pages, page numbers, and a last page
 * "Ondertekening" with each required party's typed name and time and the SHA-256 of the text.
 * Helvetica (a standard font, WinAnsi): characters it cannot encode are replaced, never thrown.
 */
const pageSize: [number, number] = [595.28, 841.89]; // A4 in points
const margin = { x: 56, top: 64, bottom: 64 };
const width = pageSize[0] - 2 * margin.x;
const body = { size: 10.5, leading: 14.5 };
const grey = rgb(0.35, 0.35, 0.35);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Replaces what WinAnsi cannot encode: accents stripped when that helps ("ő" → "o"), else "?". */
export function winAnsiSafe(text: string, font: PDFFont): string {
  const encodable = new Set(font.getCharacterSet());
  let out = '';
  for (const char of text.replace(/\t/g, '    ')) {
    const code = char.codePointAt(0)!;
    if (encodable.has(code)) out += char;
    else if (code === 0x2011 || code === 0x2010) out += '-';
    else if (code === 0x202f || code === 0x2009) out += ' ';
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every((c) => encodable.has(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

/** Splits text into lines no wider than `maxWidth`; a word longer than a line is cut. */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/ +/)) {
    while (!fits(word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      line = '';
      word = word.slice(cut);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/** Writes lines top to bottom, starting a new page when the current one is full. */
class Writer {
  private page: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(pageSize);
    this.y = pageSize[1] - margin.top;
    return this.page;
  }

  gap(points: number) {
    this.y -= points;
  }

  /** A paragraph; `hanging` indents its continuation lines (numbered list items). */
  paragraph(text: string, options: { font?: PDFFont; size?: number; hanging?: number } = {}) {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? body.size;
    const leading = Math.max(body.leading, size * 1.35);
    const safe = winAnsiSafe(text, font);
    const hanging = options.hanging ?? 0;
    const [first = '', ...rest] = wrap(safe, font, size, width - hanging);
    const lines = [first, ...rest];
    lines.forEach((line, i) => {
      if (this.y - leading < margin.bottom) this.newPage();
      this.y -= leading;
      this.page.drawText(line, { x: margin.x + (i > 0 ? hanging : 0), y: this.y, size, font });
    });
  }

  rule() {
    this.gap(6);
    const y = this.y;
    this.page.drawLine({
      start: { x: margin.x, y },
      end: { x: margin.x + width, y },
      thickness: 0.5,
      color: grey,
    });
  }

  /** Keeps a block of about `points` height together on one page. */
  keep(points: number) {
    if (this.y - points < margin.bottom) this.newPage();
  }
}

function writeAgreementText(writer: Writer, text: string) {
  const { regular, bold } = writer.fonts;
  text.split('\n').forEach((line, index) => {
    if (index === 0) return writer.paragraph(line, { font: bold, size: 18 });
    if (line.trim() === '') return writer.gap(body.leading * 0.5);
    if (/^Artikel /.test(line)) {
      writer.keep(4 * body.leading);
      writer.gap(4);
      return writer.paragraph(line, { font: bold, size: 12 });
    }
    const item = /^(\d+\.\s)/.exec(line);
    const hanging = item ? regular.widthOfTextAtSize(item[1]!, body.size) : 0;
    writer.paragraph(line, { hanging });
  });
}

function writeSignaturePage(
  writer: Writer,
  data: AgreementData,
  signatures: AgreementSignature[],
  hash: string,
) {
  const { regular, bold } = writer.fonts;
  writer.newPage();
  writer.paragraph('Ondertekening', { font: bold, size: 16 });
  writer.gap(6);
  writer.paragraph(
    'Elke partij ondertekent met haar getypte naam en uitdrukkelijke instemming met de tekst ' +
      'van deze overeenkomst. Tijden zijn Nederlandse tijd (Europe/Amsterdam).',
  );
  for (const row of signatureRows(data, signatures)) {
    writer.keep(5 * body.leading);
    writer.rule();
    writer.gap(4);
    writer.paragraph(row.partyName ? `${row.label}: ${row.partyName}` : row.label, { font: bold });
    if (row.typedName === null) {
      writer.paragraph('nog niet ondertekend');
      continue;
    }
    writer.paragraph(`Getypte naam: ${row.typedName}`);
    writer.paragraph(`Ondertekend op: ${row.signedAtText}`);
  }
  writer.rule();
  writer.gap(body.leading);
  // One line, so the hash is never split: the size shrinks until it fits the page's width.
  const hashLine = `SHA-256 van de ondertekende tekst: ${hash}`;
  const size = Math.min(body.size, (width / regular.widthOfTextAtSize(hashLine, 1)) * 0.99);
  writer.paragraph(hashLine, { size });
  writer.paragraph(
    'Dit is de SHA-256 (hexadecimaal) van de UTF-8-tekst van de overeenkomst op de vorige ' +
      "pagina's; wie de tekst opnieuw hasht, kan controleren dat er niets is gewijzigd.",
    { size: 9 },
  );
}

function numberPages(doc: PDFDocument, font: PDFFont, placementId: string) {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = winAnsiSafe(
      `Stageovereenkomst ${placementId} – pagina ${i + 1} van ${pages.length}`,
      font,
    );
    const size = 8;
    const x = (pageSize[0] - font.widthOfTextAtSize(label, size)) / 2;
    page.drawText(label, { x, y: margin.bottom / 2, size, font, color: grey });
  });
}

/** Metadata dates from the input, so the same agreement and signatures give the same bytes. */
function documentDates(data: AgreementData, signatures: AgreementSignature[]) {
  const times = signatures.map((s) => Date.parse(s.signedAt)).filter(Number.isFinite);
  const fallback = Date.parse(`${data.place.startsOn}T00:00:00Z`);
  const created = times.length ? Math.min(...times) : fallback;
  const modified = times.length ? Math.max(...times) : fallback;
  return { created: new Date(created), modified: new Date(modified) };
}

/**
 * The agreement as PDF. `text` is the text the parties sign (stored with its hash when the
 * links went out); without it, the text is made from `data` — so a later change of the
 * template never changes a signed agreement's printed words.
 */
export async function renderAgreementPdf(
  data: AgreementData,
  signatures: AgreementSignature[],
  hash: string,
  text: string = agreementText(data),
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const writer = new Writer(doc, fonts);
  writeAgreementText(writer, text);
  writeSignaturePage(writer, data, signatures, hash);
  numberPages(doc, fonts.regular, data.placementId);

  const dates = documentDates(data, signatures);
  doc.setTitle(`Stageovereenkomst – ${data.place.title}`);
  doc.setSubject(`Stageovereenkomst ${data.placementId}, regio ${data.regionName}`);
  doc.setCreator('Stagebureau');
  doc.setProducer('Stagebureau (pdf-lib)');
  doc.setLanguage('nl-NL');
  doc.setCreationDate(dates.created);
  doc.setModificationDate(dates.modified);
  return doc.save();
}
