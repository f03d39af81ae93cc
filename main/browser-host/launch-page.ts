import { sessionMetaName } from '../../shared/browser-host/wire-names';

/**
 * The page /launch answers with: it hands the session secret to the bridge
 * script in a meta tag (never in a URL, so never in history or a Referer), and
 * the bridge moves it to sessionStorage and opens the app. Served no-store.
 */

export function launchPage(session: string): string {
  // The secret is base64url: nothing in it needs escaping in an attribute.
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="${sessionMetaName}" content="${session}">
    <title>Passcode Desk</title>
    <script src="/bridge.js"></script>
  </head>
  <body>Opening Passcode Desk…</body>
</html>
`;
}
