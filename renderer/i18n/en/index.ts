import { sharedEn } from '../../../shared/i18n/en';
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

/**
 * The English catalogue; its shape is the type every other language must match.
 * `main` holds the words for the codes main sends (and its native menu): one source in shared/i18n.
 */
export const en = { common, errors, states, stateHints, shell, start, settings, devices, details, confirm, actions, outcome, review, checks, organisation, main: sharedEn };
