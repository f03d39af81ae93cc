import { comparisonReasons } from './comparison-reasons';
import { forwardingProblems } from './forwarding-problems';
import { menu } from './menu';
import { policyProblems } from './policy-problems';
import type { SharedText } from '../shared-text';

export const sharedIt: SharedText = { policyProblems, forwardingProblems, comparisonReasons, menu };
