/**
 * The pages MSAL's loopback listener shows in the system browser when the
 * sign-in comes back. Static, no script, no external resources: the tab
 * only has to tell the technician where to go next.
 */
function page(title: string, text: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
    `<title>${title}</title>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.4rem}</style>',
    `</head><body><h1>${title}</h1><p>${text}</p></body></html>`,
  ].join('');
}

export const signInSucceededPage = page('You are signed in to Passcode Desk', 'You can close this tab and go back to Passcode Desk.');

export const signInFailedPage = page(
  'Passcode Desk could not sign you in',
  'Close this tab and go back to Passcode Desk: it shows what went wrong and lets you try again.',
);
