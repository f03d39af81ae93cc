import type { Page } from '@playwright/test';

/** How long a window may take to list `devices` devices: 180 s per 100,000 (a loaded machine, not a target). */
export function loadTimeoutFor(devices: number): number {
  return Math.max(180_000, Math.ceil(devices / 100_000) * 180_000);
}

/**
 * The demo sign-in button, from a signed-out window. The browser host keeps
 * its demo session across windows, so a run that failed before its sign-out
 * (a timeout) would leave every later run at the workspace: sign out first.
 */
export async function signInButton(page: Page, timeout: number) {
  const signIn = page.getByRole('button', { name: 'Sign in as demo technician' });
  const signOut = page.getByRole('button', { name: 'Sign out' });
  try {
    await signIn.or(signOut).first().waitFor({ timeout });
  } catch (error) {
    // Say what the window showed instead, so a failed case can be told from a slow one.
    const shown = (await page.locator('body').innerText().catch(() => '(unreadable)')).replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`no sign-in screen at ${page.url()} within ${timeout} ms; the window showed: "${shown}"`, { cause: error });
  }
  if (await signOut.isVisible()) {
    await signOut.click();
    await signIn.waitFor({ timeout });
  }
  return signIn;
}
