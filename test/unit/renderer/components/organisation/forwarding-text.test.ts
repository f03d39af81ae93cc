import { describe, expect, it } from 'vitest';
import { forwardingOff, type ForwardingStatus } from '../../../../../shared/forwarding/forwarding-status';
import { forwardingHeadline, showsInHeader } from '../../../../../renderer/components/organisation/forwarding-text';
import { en } from '../../../../../renderer/i18n/en';
import { it as itCatalogue } from '../../../../../renderer/i18n/it';
import { formattersFor } from '../../../../../renderer/i18n/format';

const running = (patch: Partial<ForwardingStatus>): ForwardingStatus => ({ ...forwardingOff(null, '127.0.0.1:6514', true), state: 'connected', ...patch });

describe('the forwarding headline', () => {
  const format = formattersFor('en-US');

  it('says how far behind, amber while sending and red while the collector does not answer', () => {
    expect(forwardingHeadline(running({ pending: 0 }), en, format)).toEqual({ text: 'Connected', tone: 'ok' });
    expect(forwardingHeadline(running({ state: 'sending', pending: 1 }), en, format)).toEqual({ text: 'Behind by 1 entry', tone: 'behind' });
    expect(forwardingHeadline(running({ state: 'connected', pending: 1234 }), en, format)).toEqual({ text: 'Behind by 1,234 entries', tone: 'behind' });
    expect(forwardingHeadline(running({ state: 'retrying', pending: 3 }), en, format)).toEqual({ text: 'Behind by 3 entries', tone: 'error' });
    expect(forwardingHeadline(forwardingOff('switchedOff', '127.0.0.1:6514'), en, format)).toEqual({ text: 'Off', tone: 'off' });
    expect(forwardingHeadline(running({ state: 'retrying', pending: 3 }), itCatalogue, formattersFor('it-IT')).text).toBe('Indietro di 3 voci');
  });

  it('is left out of the header only when no collector is set', () => {
    expect(showsInHeader(null)).toBe(false);
    expect(showsInHeader(forwardingOff('notConfigured'))).toBe(false);
    expect(showsInHeader(forwardingOff('switchedOff', '127.0.0.1:6514'))).toBe(true);
    expect(showsInHeader(running({}))).toBe(true);
  });
});
