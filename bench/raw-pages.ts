import { managedDeviceSelectFields } from '../shared/devices/graph-device';

/** The first page URL exactly as the Graph client builds it (same `$select`), so both sides move the same bytes. */
export function deviceListUrl(baseUrl: string): string {
  const select = encodeURIComponent(managedDeviceSelectFields.join(',')).replace(/%2C/g, ',');
  return `${baseUrl.replace(/\/+$/, '')}/beta/deviceManagement/managedDevices?$select=${select}`;
}

// A page is fetched again after a dropped connection (a GET changes nothing). On a loaded machine
// the server can close an idle keep-alive socket just as the next request goes out on it
// ("fetch failed"), which lost the whole 500,000-device fleet once.
const attemptsPerPage = 3;

async function fetchPage(url: string, token: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    } catch (error) {
      if (attempt >= attemptsPerPage) {
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
        throw new Error(`fetching a page of devices failed ${attempt} times: ${String(error)}${cause}`);
      }
    }
  }
}

/**
 * The baseline of the device list: plain `fetch` and `JSON.parse` of every
 * page, following `@odata.nextLink`, with no limiter, checks or
 * normalising. `onPage` sees each page's items (the fleet loader keeps them).
 */
export async function fetchPagesRaw(baseUrl: string, token: string, onPage?: (items: unknown[]) => void): Promise<number> {
  let next: string | null = deviceListUrl(baseUrl);
  let count = 0;
  while (next !== null) {
    const response = await fetchPage(next, token);
    if (!response.ok) throw new Error(`the demo tenant answered ${response.status}`);
    const body = JSON.parse(await response.text()) as { value: unknown[]; '@odata.nextLink'?: string };
    count += body.value.length;
    onPage?.(body.value);
    next = body['@odata.nextLink'] ?? null;
  }
  return count;
}
