import type { BrowserHost } from '../../main/browser-host/server';

/** Opens the launch URL as the browser would, once, and reads the session secret the launch page hands over. */
export async function launchSession(host: Pick<BrowserHost, 'launchUrl'>): Promise<string> {
  const response = await fetch(host.launchUrl);
  const html = await response.text();
  const secret = html.match(/<meta name="passcode-desk-session" content="([A-Za-z0-9_-]+)">/)?.[1];
  if (!secret) throw new Error(`The launch page handed over no session (${response.status}): ${html.slice(0, 200)}`);
  return secret;
}
