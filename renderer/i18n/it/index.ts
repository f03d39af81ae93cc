import { sharedIt } from '../../../shared/i18n/it';
import type { Messages } from '../messages';
import { actions } from './actions';
import { checks } from './checks';
import { common, errors, shell, stateHints, states } from './common';
import { confirm } from './confirm';
import { details } from './details';
import { devices } from './devices';
import { organisation } from './organisation';
import { outcome } from './outcome';
import { review } from './review';
import { settings } from './settings';
import { start } from './start';

export const it: Messages = { common, errors, states, stateHints, shell, start, settings, devices, details, confirm, actions, outcome, review, checks, organisation, main: sharedIt };
