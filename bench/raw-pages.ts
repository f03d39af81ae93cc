import { managedDeviceSelectFields } from '../shared/devices/graph-device';

/** The first page URL exactly as the Graph client builds it (same `$select`), so both sides move the same bytes. */
export function deviceListUrl(baseUrl: string): string {
  const select = encodeURIComponent(managedDeviceSelectFields.join(',')).replace(/%2C/g, ',');
  return `${baseUrl.replace(/\/+$/, '')}/beta/deviceManagement/managedDevices?$select=${select}`;
}

/**
 * The baseline of the device list: plain `fetch` and `JSON.parse` of every
 * page, following `@odata.nextLink`, with no retries, limiter, checks or
 * normalising. `onPage` sees each page's items (the fleet loader keeps them).
 */
export async function fetchPagesRaw(baseUrl: string, token: string, onPage?: (items: unknown[]) => void): Promise<number> {
  let next: string | null = deviceListUrl(baseUrl);
  let count = 0;
  while (next !== null) {
    const response = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`the demo tenant answered ${response.status}`);
    const body = JSON.parse(await response.text()) as { value: unknown[]; '@odata.nextLink'?: string };
    count += body.value.length;
    onPage?.(body.value);
    next = body['@odata.nextLink'] ?? null;
  }
  return count;
}
