import { appMessages } from './app-messages';
import { chainLacks } from './chain-lacks';
import { comparisonReasons } from './comparison-reasons';
import { findingMessages, skipReasons } from './finding-messages';
import { forwardingProblems } from './forwarding-problems';
import { menu } from './menu';
import { policyProblems } from './policy-problems';
import { tenantActionsNotices } from './tenant-actions-notices';

/**
 * The English words for what main makes: coded messages it sends the window,
 * and its own native menu and About box. The window's catalogue takes these
 * in (renderer/i18n), so each text has one source; its shape is the type the
 * Italian one must match.
 */
export const sharedEn = { appMessages, policyProblems, forwardingProblems, comparisonReasons, findingMessages, skipReasons, chainLacks, tenantActionsNotices, menu };
