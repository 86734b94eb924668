import { agreementListSchema, schoolYearOf } from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

/** The company's own agreements, every year, with their live fulfilment. */
export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  const agreements = await locals.api.get(
    `/companies/${me.organisation?.id}/agreements`,
    agreementListSchema,
  );
  return { agreements: agreements.items, schoolYear: schoolYearOf(new Date()) };
};
