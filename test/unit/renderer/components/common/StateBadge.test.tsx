// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyActionsTable } from '../../../../../renderer/components/actions/MyActionsTable';
import { useStore } from '../../../../../renderer/store/store';
import { makeAction } from '../../support/fixtures';
import { setupStore } from '../../support/render-setup';

// A "failed" action may never have reached the device: Graph refused the request (throttled, no role).
// Its badge's hint must not then say it failed on the device, beside a reason that says Graph refused it.
const refusedByGraph = makeAction({ state: 'failed', error: { code: 'graph_error', message: 'Intune is limiting requests right now (429).', say: { code: 'graphThrottled', params: { seconds: '300' } } } });

describe('the state badge of an action Graph refused', () => {
  for (const [language, onTheDevice] of [
    ['en', /on the device/],
    ['it', /sul dispositivo/],
  ] as const) {
    it(`does not claim, in ${language}, that it failed on the device`, () => {
      setupStore({}, { language });
      useStore.setState({ actions: [refusedByGraph], actionsStatus: 'ready' });
      render(<MyActionsTable />);
      const badge = document.querySelector('.state-badge.state-failed');
      expect(badge?.getAttribute('title')).toBeTruthy();
      expect(badge?.getAttribute('title')).not.toMatch(onTheDevice);
      // The row's own reason says what happened.
      expect(screen.getAllByText(/429|limitando|limiting/).length).toBeGreaterThan(0);
    });
  }
});
