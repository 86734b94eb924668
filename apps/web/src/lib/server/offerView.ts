import {
  offerDetailSchema,
  publicOfferDetailSchema,
  schoolClassListSchema,
  type PublicSession,
} from '@stagebureau/domain';
import { regionSlugFor } from './region';

/** One shape for an offer's page, whether it came from the public or the logged-in API. */
export async function loadOfferView(locals: App.Locals, url: URL, id: string) {
  if (locals.me) {
    const offer = await locals.api.get(`/offers/${id}`, offerDetailSchema);
    const sessions: PublicSession[] = offer.sessions;
    return {
      offer: { ...offer, company: { id: offer.organisationId, name: offer.companyName } },
      sessions,
    };
  }
  const offer = await locals.api.get(
    `/public/regions/${regionSlugFor(locals, url)}/offers/${id}`,
    publicOfferDetailSchema,
    { anonymous: true },
  );
  return { offer, sessions: offer.sessions };
}

/** The classes a school user may book for (none for anyone else). */
export async function loadBookableClasses(locals: App.Locals) {
  const me = locals.me;
  if (!me?.organisation || me.organisation.kind !== 'school') return [];
  const { items } = await locals.api.get(
    `/schools/${me.organisation.id}/classes`,
    schoolClassListSchema,
  );
  return items.filter((schoolClass) => !schoolClass.archivedAt);
}
