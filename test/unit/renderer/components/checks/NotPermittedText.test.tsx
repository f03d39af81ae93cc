// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotPermittedText } from '../../../../../renderer/components/checks/NotPermittedText';
import type { AppError } from '../../../../../shared/result';
import { setupStore } from '../../support/render-setup';

const refused = (detail: Record<string, unknown>): AppError => ({ code: 'not_permitted', message: 'Forbidden', detail });

describe('NotPermittedText: what an administrator must check', () => {
  it('lists what the account lacks, in words, skipping codes it has no words for', () => {
    setupStore();
    render(<NotPermittedText error={refused({ missing: ['intune-role-reset', 'made-up', 42, 'scope-privileged'] })} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([expect.stringContaining('Remote tasks > Reset passcode'), expect.stringContaining('PrivilegedOperations.All')]);
  });

  it('with nothing known to be missing, no empty list', () => {
    setupStore();
    render(<NotPermittedText error={refused({ missing: 'intune-role-reset' })} />);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('gives the ids Microsoft support asks for, the activity id only when it differs from the request id', () => {
    setupStore();
    const { container, rerender } = render(<NotPermittedText error={refused({ requestId: 'req-1', activityId: 'act-9' })} />);
    expect([...container.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['req-1', 'act-9']);
    rerender(<NotPermittedText error={refused({ requestId: 'req-1', activityId: 'req-1' })} />);
    expect([...container.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['req-1']);
  });
});
