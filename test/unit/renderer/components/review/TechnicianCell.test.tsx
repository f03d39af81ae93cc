// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TechnicianCell } from '../../../../../renderer/components/review/TechnicianCell';

afterEach(cleanup);

describe('the review table’s technician', () => {
  it('leads with the UPN, as the chain card and the Intune check name the technician, with the display name under it', () => {
    render(<TechnicianCell technician={{ upn: 'dana.field@contoso.com', objectId: 'o', displayName: 'Dana Field' }} />);
    const cell = screen.getByRole('cell');
    expect(cell.querySelector('.cell-value')?.textContent).toBe('dana.field@contoso.com');
    expect(cell.querySelector('.technician-name')?.textContent).toBe('Dana Field');
    expect(cell.getAttribute('title')).toBe('Dana Field (dana.field@contoso.com)');
  });

  it('shows the UPN once when the log has no display name, or one that is the UPN again', () => {
    const { unmount } = render(<TechnicianCell technician={{ upn: 'sam@contoso.com', objectId: 'o' }} />);
    expect(screen.getByRole('cell').textContent).toBe('sam@contoso.com');
    unmount();
    render(<TechnicianCell technician={{ upn: 'sam@contoso.com', objectId: 'o', displayName: 'SAM@contoso.com' }} />);
    expect(screen.getByRole('cell').textContent).toBe('sam@contoso.com');
    expect(screen.getByRole('cell').getAttribute('title')).toBe('sam@contoso.com');
  });
});
