import type { ForwardingStatus } from '../../../shared/forwarding/forwarding-status';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

export type ForwardingTone = 'ok' | 'behind' | 'error' | 'off';

/**
 * One short line for the header: how far behind when entries wait (red when
 * the collector is not answering, amber while they are on their way), else the state.
 */
export function forwardingHeadline(status: ForwardingStatus, t: Messages, format: Formatters): { text: string; tone: ForwardingTone } {
  if (status.state === 'off') return { text: t.organisation.states.off, tone: 'off' };
  const tone: ForwardingTone = status.state === 'retrying' ? 'error' : status.pending > 0 ? 'behind' : 'ok';
  if (status.pending === 0) return { text: t.organisation.states[status.state], tone };
  return { text: status.pending === 1 ? t.organisation.behindOne : t.organisation.behind(format.number(status.pending)), tone };
}

/** The header shows forwarding only where the organisation uses it: a desk with no collector has nothing to report. */
export function showsInHeader(status: ForwardingStatus | null): status is ForwardingStatus {
  return status !== null && !(status.state === 'off' && status.offReason === 'notConfigured');
}
