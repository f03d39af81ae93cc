/**
 * How tall the actions log may be made by hand (ActionsSplitter). The device list above it always keeps its
 * search, its column heads, about three rows and the "Selected:" line (`devicesMinHeight`), so a technician who
 * grows the log to follow several actions still sees what is searched for and which device is selected.
 * Everything in CSS pixels; the workspace's own padding is taken off by the caller.
 */
export const devicesMinHeight = 216;
/** The splitter's own row between the list and the log (workspace.css keeps the same 8 px). */
export const splitterHeight = 8;
/** The log's head, its column heads and one row. */
export const panelMinHeight = 112;
/** One arrow key moves the split by about one and a half action rows. */
export const keyStep = 48;

/** The tallest the log may be in a workspace whose rows have `innerHeight` pixels between them. */
export function panelMaxHeight(innerHeight: number): number {
  return Math.max(panelMinHeight, innerHeight - devicesMinHeight - splitterHeight);
}

/** A wanted height brought inside what the workspace allows, in whole pixels. */
export function clampPanelHeight(wanted: number, innerHeight: number): number {
  return Math.round(Math.min(panelMaxHeight(innerHeight), Math.max(panelMinHeight, wanted)));
}

/** The log's share of the room it can take, 0 (smallest) to 100 (largest), as the splitter reads it out. */
export function panelShare(height: number, innerHeight: number): number {
  const span = panelMaxHeight(innerHeight) - panelMinHeight;
  if (span <= 0) return 100;
  return Math.round((100 * (Math.min(Math.max(height, panelMinHeight), panelMaxHeight(innerHeight)) - panelMinHeight)) / span);
}
