import type { Database, Transaction } from '@stagebureau/db';
import type { Action, Actor } from '@stagebureau/domain';
import { organisationFor } from '../organisations/service';

/**
 * A company of the actor's region the actor may keep relations with (issue 17): any other
 * row — another region's, a school, a company that does not exist — is 404.
 */
export const companyFor = (
  db: Database | Transaction,
  actor: Actor,
  id: string,
  action: Action,
  forUpdate = false,
) => organisationFor(db, actor, id, action, { kind: 'company', forUpdate });
