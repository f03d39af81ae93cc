import { appMessages } from './app-messages';
import { chainLacks } from './chain-lacks';
import { comparisonReasons } from './comparison-reasons';
import { findingMessages, skipReasons } from './finding-messages';
import { forwardingProblems } from './forwarding-problems';
import { menu } from './menu';
import { policyProblems } from './policy-problems';
import { tenantActionsNotices } from './tenant-actions-notices';
import type { SharedText } from '../shared-text';

export const sharedIt: SharedText = { appMessages, policyProblems, forwardingProblems, comparisonReasons, findingMessages, skipReasons, chainLacks, tenantActionsNotices, menu };
