import { describe, expect, it } from 'vitest';
import { clampPanelHeight, devicesMinHeight, panelMaxHeight, panelMinHeight, panelShare, splitterHeight } from '../../../../../renderer/components/actions/panel-split';

// 1280x720 with the demo banner leaves the workspace about 630 px between its paddings.
const inner = 630;

describe('the split between the device list and the actions log', () => {
  it('never lets the log take the room of the list’s search, heads, three rows and selected line', () => {
    expect(panelMaxHeight(inner)).toBe(inner - devicesMinHeight - splitterHeight);
    expect(clampPanelHeight(10_000, inner)).toBe(inner - devicesMinHeight - splitterHeight);
  });

  it('never makes the log smaller than its head and one row', () => {
    expect(clampPanelHeight(0, inner)).toBe(panelMinHeight);
    expect(clampPanelHeight(-50, inner)).toBe(panelMinHeight);
  });

  it('keeps a height inside the limits as asked, in whole pixels', () => {
    expect(clampPanelHeight(300.4, inner)).toBe(300);
  });

  it('in a window too small for both, gives the log its minimum and no more', () => {
    expect(panelMaxHeight(200)).toBe(panelMinHeight);
    expect(clampPanelHeight(400, 200)).toBe(panelMinHeight);
    expect(panelShare(panelMinHeight, 200)).toBe(100);
  });

  it('reads the log’s height out as its share of the room it can take', () => {
    expect(panelShare(panelMinHeight, inner)).toBe(0);
    expect(panelShare(panelMaxHeight(inner), inner)).toBe(100);
    expect(panelShare((panelMinHeight + panelMaxHeight(inner)) / 2, inner)).toBe(50);
    expect(panelShare(5_000, inner)).toBe(100);
  });
});
