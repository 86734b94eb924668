import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Award } from '@stagebureau/domain';
import { winAnsiSafe, wrap } from '../placements/agreement/pdf';

const pageSize: [number, number] = [841.89, 595.28]; // A4 landscape, in points
const accent = rgb(0.05, 0.33, 0.55);
const grey = rgb(0.35, 0.35, 0.35);

function centred(
  page: PDFPage,
  text: string,
  y: number,
  font: PDFFont,
  size: number,
  colour = rgb(0, 0, 0),
) {
  const safe = winAnsiSafe(text, font);
  const x = (pageSize[0] - font.widthOfTextAtSize(safe, size)) / 2;
  page.drawText(safe, { x, y, size, font, color: colour });
}

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(iso),
  );

/**
 * The certificate of a "leerbedrijf van het jaar" award: one landscape page naming the
 * company, the school year, the bureau's citation and the region. Its text is real text, so
 * a PDF reader (and a screen reader) finds the company's name in it.
 */
export async function renderCertificatePdf(award: Award, regionName: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage(pageSize);
  page.drawRectangle({
    x: 28,
    y: 28,
    width: pageSize[0] - 56,
    height: pageSize[1] - 56,
    borderColor: accent,
    borderWidth: 3,
  });
  centred(page, 'Certificaat', 470, regular, 20, grey);
  centred(page, 'Leerbedrijf van het jaar', 420, bold, 38, accent);
  centred(page, `schooljaar ${award.schoolYear}`, 385, regular, 18, grey);
  centred(page, award.companyName, 310, bold, 32);
  let y = 255;
  for (const line of wrap(winAnsiSafe(award.citation, regular), regular, 14, 560).slice(0, 6)) {
    centred(page, line, y, regular, 14);
    y -= 20;
  }
  centred(
    page,
    `Toegekend door ${regionName} op ${longDate(award.awardedAt)}`,
    80,
    regular,
    12,
    grey,
  );
  doc.setTitle(`Leerbedrijf van het jaar ${award.schoolYear} – ${award.companyName}`);
  doc.setSubject(`Certificaat, regio ${regionName}`);
  doc.setCreator('Stagebureau');
  doc.setProducer('Stagebureau (pdf-lib)');
  doc.setLanguage('nl-NL');
  doc.setCreationDate(new Date(award.awardedAt));
  doc.setModificationDate(new Date(award.awardedAt));
  return doc.save();
}
