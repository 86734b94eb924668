import { publicAwardListSchema } from '@stagebureau/domain';
import { passThrough } from './passThrough';
import { regionSlugFor } from './region';

/** An award's certificate (`GET /recognition/awards/:id/certificate.pdf`): bureau or company. */
export function certificatePdf(locals: App.Locals, id: string): Promise<Response> {
  return passThrough(
    locals,
    `/recognition/awards/${encodeURIComponent(id)}/certificate.pdf`,
    'application/pdf',
    `leerbedrijf-van-het-jaar-${id}.pdf`,
    'inline',
  );
}

/** The region's awards, newest first: the public badge and a company's own certificate. */
export async function regionAwards(locals: App.Locals, url: URL) {
  const { items } = await locals.api.get(
    `/public/regions/${regionSlugFor(locals, url)}/awards`,
    publicAwardListSchema,
    { anonymous: true },
  );
  return items;
}
