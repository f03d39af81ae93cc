// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EligibilityBadge } from '../../../../../renderer/components/devices/EligibilityBadge';
import { decisionText } from '../../../../../renderer/i18n/decision-text';
import { catalogues } from '../../../../../renderer/i18n/catalogues';
import { makeDevice } from '../../support/fixtures';

const eligible = makeDevice();
const unsupported = makeDevice({ platform: 'macos', decision: { eligible: false, mode: 'macos', reasonCode: 'macos_not_supported', source: 'seed' } });

function badgeOf(device: typeof eligible, signInAllowsActions: boolean, language: 'en' | 'it' = 'en') {
  const { container } = render(<EligibilityBadge decision={decisionText(device.decision, language)} devices={catalogues[language].devices} signInAllowsActions={signInAllowsActions} />);
  return container.querySelector('.badge')!;
}

describe("the table's passcode action column", () => {
  it('names the action on a device that supports it when the sign-in may send it', () => {
    const badge = badgeOf(eligible, true);
    expect(badge.textContent).toBe('Remove');
    expect(badge.className).toContain('badge-eligible');
  });

  for (const language of ['en', 'it'] as const) {
    it(`says "not allowed" on such a device when the sign-in lacks the permission, as the panel does (${language})`, () => {
      const badge = badgeOf(eligible, false, language);
      expect(badge.textContent).toBe(catalogues[language].devices.actionNotAllowed);
      expect(badge.textContent).not.toBe(catalogues[language].devices.actionShort.remove);
      expect(badge.getAttribute('title')).toBe(catalogues[language].devices.actionNotAllowedTitle);
    });
  }

  it('still says "not supported" for a device the rules rule out, whatever the sign-in', () => {
    expect(badgeOf(unsupported, false).textContent).toBe('Not supported');
    expect(badgeOf(unsupported, true).textContent).toBe('Not supported');
  });
});
