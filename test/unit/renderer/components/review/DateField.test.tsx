// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReviewFilters } from '../../../../../renderer/components/review/ReviewFilters';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

describe('the review filter dates', () => {
  it('in Italian: written and read as gg/mm/aaaa, kept as YYYY-MM-DD', () => {
    setupStore({}, { language: 'it' });
    render(<ReviewFilters />);
    const from = screen.getByLabelText('Dal') as HTMLInputElement;
    expect(from.type).toBe('text');
    expect(from.placeholder).toBe('gg/mm/aaaa');
    fireEvent.change(from, { target: { value: '3/11/2026' } });
    expect(useStore.getState().reviewFilter.from).toBe('2026-11-03');
    expect(from.getAttribute('aria-invalid')).toBeNull();
  });

  it('in Italian: a text that is not a day filters nothing and says how to write it, in Italian', () => {
    setupStore({}, { language: 'it' });
    render(<ReviewFilters />);
    const to = screen.getByLabelText('Al');
    fireEvent.change(to, { target: { value: '31/11/2026' } });
    expect(useStore.getState().reviewFilter.to).toBe('');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Scrivi la data come gg/mm/aaaa; fino ad allora non filtra.');
  });

  it('in English: month first, and Clear filters empties the field', () => {
    setupStore({}, { language: 'en' });
    render(<ReviewFilters />);
    const from = screen.getByLabelText('From') as HTMLInputElement;
    expect(from.placeholder).toBe('mm/dd/yyyy');
    fireEvent.change(from, { target: { value: '3/11/2026' } });
    expect(useStore.getState().reviewFilter.from).toBe('2026-03-11');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(from.value).toBe('');
  });

  it('rewrites the day in the new order when the language changes', () => {
    setupStore({}, { language: 'en' });
    render(<ReviewFilters />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '11/30/2026' } });
    act(() => useStore.setState({ language: 'it', locale: 'it-IT' }));
    expect((screen.getByLabelText('Dal') as HTMLInputElement).value).toBe('30/11/2026');
    expect(useStore.getState().reviewFilter.from).toBe('2026-11-30');
  });
});
