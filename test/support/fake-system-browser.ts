/**
 * Stands in for the system browser the app opens for sign-in. `following`
 * does what a browser does with the authorize URL: loads it (from the demo
 * tenant, which signs the technician in at once), follows redirects and
 * submits the self-posting form Entra ID uses for `response_mode=form_post`,
 * which lands on MSAL's loopback listener. `idle` only records the URL, as a
 * browser whose user walked away would.
 */
export interface BrowserVisit {
  readonly status: number;
  readonly page: string;
}

export interface FakeSystemBrowser {
  open(url: string): Promise<void>;
  readonly opened: string[];
  /** The visit started by the last open(): resolves with the page the browser ends on. */
  lastVisit(): Promise<BrowserVisit>;
  /** Resolves with the URL at the next open(). */
  nextOpen(): Promise<string>;
}

const unescape = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');

function mapUrl(raw: string, demoUrl: string, hosts: readonly string[]): string {
  const url = new URL(raw);
  if (url.protocol === 'https:' && hosts.includes(url.host.toLowerCase())) return new URL(url.pathname + url.search, demoUrl).href;
  // Browsers reach `localhost` on the loopback interface, where MSAL's listener binds 127.0.0.1.
  if (url.protocol === 'http:' && url.hostname === 'localhost') url.hostname = '127.0.0.1';
  return url.href;
}

async function visit(start: string, demoUrl: string, hosts: readonly string[]): Promise<BrowserVisit> {
  let response = await fetch(mapUrl(start, demoUrl, hosts), { redirect: 'manual' });
  for (let hop = 0; hop < 5; hop++) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      response = await fetch(mapUrl(new URL(location, response.url || start).href, demoUrl, hosts), { redirect: 'manual' });
      continue;
    }
    const page = await response.text();
    const form = /<form method="post" action="([^"]*)">(.*?)<\/form>/s.exec(page);
    if (!form?.[1]) return { status: response.status, page };
    const fields = new URLSearchParams();
    for (const input of (form[2] ?? '').matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
      fields.append(unescape(input[1] ?? ''), unescape(input[2] ?? ''));
    }
    response = await fetch(mapUrl(unescape(form[1]), demoUrl, hosts), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
      redirect: 'manual',
    });
  }
  throw new Error('The fake browser followed too many redirects');
}

function browser(follow: boolean, demoUrl: string, hosts: readonly string[]): FakeSystemBrowser {
  const opened: string[] = [];
  let last: Promise<BrowserVisit> = Promise.reject(new Error('Nothing was opened'));
  last.catch(() => undefined);
  const waiters: Array<(url: string) => void> = [];
  return {
    opened,
    async open(url) {
      opened.push(url);
      for (const waiter of waiters.splice(0)) waiter(url);
      if (!follow) return;
      // Like shell.openExternal: returns once the browser has the URL, not when the user is done.
      last = visit(url, demoUrl, hosts);
      last.catch(() => undefined);
    },
    lastVisit: () => last,
    nextOpen: () => new Promise((resolve) => waiters.push(resolve)),
  };
}

export function followingBrowser(demoUrl: string, hosts: readonly string[] = ['login.microsoftonline.com']): FakeSystemBrowser {
  return browser(true, demoUrl, hosts);
}

export function idleBrowser(): FakeSystemBrowser {
  return browser(false, '', []);
}
