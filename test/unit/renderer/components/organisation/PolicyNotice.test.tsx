// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { forwardingOff, type ForwardingStatus } from '../../../../../shared/forwarding/forwarding-status';
import type { PolicyState } from '../../../../../shared/settings/policy';
import { ForwardingSection } from '../../../../../renderer/components/organisation/ForwardingSection';
import { PolicyNotice } from '../../../../../renderer/components/organisation/PolicyNotice';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

const malformed: PolicyState = {
  source: '/etc/passcode-desk/policy.json',
  problems: [
    { code: 'badCollectorAddress', params: { value: 'no-port' } },
    { code: 'unknownSetting', params: { name: 'Colour' } },
  ],
  fallback: 'ignored',
  locked: [],
  ticketPattern: null,
  collector: null,
};

const refused: ForwardingStatus = {
  ...forwardingOff(null, 'siem.contoso.com:6514', true),
  state: 'retrying',
  pending: 3,
  behindSince: '2026-11-30T08:00:00.000Z',
  lastError: { code: 'refused', params: { collector: 'siem.contoso.com:6514' } },
  nextAttemptAt: '2026-11-30T08:05:00.000Z',
};

describe('main-made messages in the window’s language', () => {
  it('words the policy’s problems in Italian, with the values from the file', () => {
    setupStore({}, { language: 'it' });
    useStore.setState({ policy: malformed });
    render(<PolicyNotice />);
    expect(screen.getByText('CollectorAddress "no-port" non è nella forma host:porta; non viene inoltrato nulla')).toBeTruthy();
    expect(screen.getByText('"Colour" non è un’impostazione della policy di Passcode Desk ed è stata ignorata')).toBeTruthy();
    expect(screen.queryByText(/is not host:port/)).toBeNull();
  });

  it('words the same problems in English when the window is English', () => {
    setupStore({}, { language: 'en' });
    useStore.setState({ policy: malformed });
    render(<PolicyNotice />);
    expect(screen.getByText('CollectorAddress "no-port" is not host:port; nothing is forwarded')).toBeTruthy();
  });

  it('words the forwarding error in Italian in Settings', () => {
    setupStore({}, { language: 'it' });
    useStore.setState({ forwarding: refused, policy: { ...malformed, problems: [], fallback: 'none', collector: { address: 'siem.contoso.com:6514', required: true }, locked: ['forwarding'] } });
    render(<ForwardingSection enabled onToggle={() => undefined} />);
    expect(screen.getByText('Il raccoglitore siem.contoso.com:6514 ha rifiutato la connessione: lì non è in ascolto nulla.')).toBeTruthy();
    expect(screen.queryByText(/refused the connection/)).toBeNull();
  });
});
