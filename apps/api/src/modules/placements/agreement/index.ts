import { placementHooks } from '../service';
import { sendForSigning } from './links';
import agreementRoutes from './routes';

/**
 * The agreement part of the placement chain. Importing it (modules/index.ts does, so it runs
 * when the app starts) attaches the accept hook: accepting a placement sends its agreement
 * out for signing in the same transaction.
 */
const acceptHooks = (placementHooks.accept ??= []);
if (!acceptHooks.includes(sendForSigning)) acceptHooks.push(sendForSigning);

export { runUnsignedSweep } from './sweep';
export default agreementRoutes;
