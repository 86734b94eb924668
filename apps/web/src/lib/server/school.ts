import { error } from '@sveltejs/kit';
import { can, type Action, type Me } from '@stagebureau/domain';
import { translator } from '$lib/i18n';

/** The school a school user acts for (the API checks it again). */
export function schoolIdOf(locals: App.Locals): string {
  const me: Me | null = locals.me;
  if (!me?.organisation || me.organisation.kind !== 'school')
    error(403, { message: translator(locals.language)('error.forbidden') });
  return me.organisation.id;
}

export const classFieldKinds = { numbers: ['schoolYear', 'size'], nullable: ['vmboProfile'] };

/**
 * Whether the logged-in person may do `action` on their own school's rows: the domain's one
 * policy, asked before a page offers a form (a teacher reads the classes, the coordinator
 * keeps them), so nobody fills in a form only to be refused.
 */
export function mayOnOwnSchool(locals: App.Locals, action: Action): boolean {
  const me = locals.me;
  if (!me?.organisation) return false;
  const actor = {
    userId: me.id,
    role: me.role,
    regionId: me.region.id,
    organisationId: me.organisation.id,
  };
  return (
    can(actor, action, { regionId: me.region.id, organisationId: me.organisation.id }) === 'allow'
  );
}
