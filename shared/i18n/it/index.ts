import { appMessages } from './app-messages';
import { chainLacks } from './chain-lacks';
import { comparisonReasons } from './comparison-reasons';
import { forwardingProblems } from './forwarding-problems';
import { menu } from './menu';
import { policyProblems } from './policy-problems';
import { tenantActionsNotices } from './tenant-actions-notices';
import type { SharedText } from '../shared-text';

export const sharedIt: SharedText = { appMessages, policyProblems, forwardingProblems, comparisonReasons, chainLacks, tenantActionsNotices, menu };
