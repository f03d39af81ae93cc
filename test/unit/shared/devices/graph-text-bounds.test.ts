import { describe, expect, it } from 'vitest';
import { boundGraphText, maxGraphName, maxGraphWord } from '../../../../shared/devices/graph-text-bounds';

describe('bounding text Graph sends', () => {
  it('keeps text that fits as it is', () => {
    expect(boundGraphText('DEMO-IOS-17', maxGraphName)).toBe('DEMO-IOS-17');
    const exact = 'x'.repeat(maxGraphWord);
    expect(boundGraphText(exact, maxGraphWord)).toBe(exact);
  });

  it('cuts longer text to its bound, the last character an ellipsis', () => {
    const cut = boundGraphText('N'.repeat(1_048_576), maxGraphName);
    expect(cut).toHaveLength(maxGraphName);
    expect(cut).toBe(`${'N'.repeat(maxGraphName - 1)}…`);
  });

  it('never leaves half a surrogate pair before the ellipsis', () => {
    // An emoji is two UTF-16 units; the cut would fall between them.
    const text = `${'a'.repeat(maxGraphWord - 2)}😀😀😀`;
    const cut = boundGraphText(text, maxGraphWord);
    expect(cut.endsWith('a…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(maxGraphWord);
    expect(() => encodeURIComponent(cut)).not.toThrow(); // a lone surrogate would throw URIError
  });
});
