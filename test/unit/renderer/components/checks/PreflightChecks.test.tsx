// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PreflightChecks } from '../../../../../renderer/components/checks/PreflightChecks';
import type { Preflight } from '../../../../../shared/devices/preflight';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

const couldNotCheck: Preflight = {
  unlockToken: { state: 'couldNotCheck', reportedAt: null, problem: { code: 'preflightReportNotReady', params: { minutes: '3' } } },
  passcodeRequired: { state: 'couldNotCheck', policyName: null, problem: { code: 'graphForbiddenRead', params: {} } },
};

function show(language: 'en' | 'it') {
  setupStore({}, { language });
  useStore.setState({ preflight: { deviceId: 'd-1', status: 'ready', value: couldNotCheck } });
  render(<PreflightChecks deviceId="d-1" />);
}

describe('PreflightChecks: a check that could not run', () => {
  it('says why in Italian in an Italian window, then that the action is still allowed', () => {
    show('it');
    expect(screen.getByTestId('unlock-token-unknown').textContent).toBe(
      'Token di sblocco: verifica non riuscita: il report di Intune non era pronto entro 3 minuti. Puoi comunque procedere',
    );
    const policy = screen.getByTestId('passcode-policy-unknown').textContent ?? '';
    expect(policy).toMatch(/^Criterio del passcode: verifica non riuscita: Intune ha rifiutato la richiesta \(403\)/);
    // Main's sentence loses its own full stop, so the line does not read ".." before "Puoi comunque procedere".
    expect(policy).not.toContain('..');
    expect(policy).toMatch(/[^.]\. Puoi comunque procedere$/);
  });

  it('says the same in English in an English window', () => {
    show('en');
    expect(screen.getByTestId('unlock-token-unknown').textContent).toBe(
      "Unlock token: could not check: Intune's report was not ready within 3 minutes. You can still go ahead",
    );
  });
});
