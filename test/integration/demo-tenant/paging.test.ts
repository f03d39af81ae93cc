import { afterEach, describe, expect, it } from 'vitest';
import { expectGraphError, LIST, startFixture, type Fixture } from './tenant-fixture';

let fixture: Fixture | undefined;
afterEach(async () => {
  expect(fixture?.tenant.control.internalErrors()).toEqual([]);
  await fixture?.tenant.close();
  fixture = undefined;
});

function expectEachOnce(items: Record<string, unknown>[], count: number): void {
  const ids = items.map((item) => item.id);
  expect(ids).toHaveLength(count);
  expect(new Set(ids).size).toBe(count);
}

describe('paging managedDevices', () => {
  it('returns each of 2,500 devices exactly once, in pages of at most 1,000', async () => {
    fixture = await startFixture({ deviceCount: 2500 });
    const first = await fixture.get(LIST);
    expect(first.body.value).toHaveLength(1000);
    expect(first.body['@odata.context']).toBe(`${fixture.tenant.url}/beta/$metadata#deviceManagement/managedDevices`);
    expect(first.body['@odata.nextLink']).toMatch(new RegExp(`^${fixture.tenant.url}/beta/deviceManagement/managedDevices\\?\\$skiptoken=`));
    expectEachOnce(await fixture.getAll(LIST), 2500);
  });

  it('returns each of 100,000 devices exactly once', async () => {
    fixture = await startFixture({ deviceCount: 100_000 });
    const items = await fixture.getAll(`${LIST}?$select=id,deviceName`);
    expectEachOnce(items, 100_000);
    expect(fixture.tenant.control.counters.requests('list')).toBe(100);
  });

  it("tells the list's size on the first page, unasked, as Intune does", async () => {
    fixture = await startFixture({ deviceCount: 2500 });
    const first = await fixture.get(`${LIST}?$select=id`);
    expect(first.body['@odata.count']).toBe(2500);
    const second = await fixture.get(first.body['@odata.nextLink']);
    expect(second.body).not.toHaveProperty('@odata.count');
    // A filter is counted too: the size is of what the list will hold.
    const iosOnly = `${LIST}?$select=id&$filter=${encodeURIComponent("operatingSystem eq 'iOS'")}`;
    const filtered = await fixture.get(iosOnly);
    expect(filtered.body['@odata.count']).toBe((await fixture.getAll(iosOnly)).length);
    expect(filtered.body['@odata.count']).toBeGreaterThan(0);
    expect(filtered.body['@odata.count']).toBeLessThan(2500);
  });

  it('keeps $top and $select in every nextLink', async () => {
    fixture = await startFixture({ deviceCount: 95 });
    const first = await fixture.get(`${LIST}?$top=20&$select=id`);
    expect(first.body.value).toHaveLength(20);
    const next = first.body['@odata.nextLink'] as string;
    expect(next).toContain('$top=20');
    expect(next).toContain('$select=id');
    const items = await fixture.getAll(`${LIST}?$top=20&$select=id`);
    expectEachOnce(items, 95);
    expect(fixture.tenant.control.counters.requests('list')).toBe(1 + 5);
  });

  it('does not shift other devices when one is deleted mid-paging', async () => {
    fixture = await startFixture({ deviceCount: 300 });
    const all = (await fixture.getAll(`${LIST}?$select=id`)).map((d) => d.id as string);
    const first = await fixture.get(`${LIST}?$top=100&$select=id`);
    // Delete one device already served and one not yet served.
    fixture.tenant.control.deleteDevice(all[10]!);
    fixture.tenant.control.deleteDevice(all[150]!);
    const rest = await fixture.getAll(first.body['@odata.nextLink']);
    const seen = [...first.body.value, ...rest].map((d: Record<string, unknown>) => d.id);
    expect(seen).toEqual(all.filter((id) => id !== all[150]));
  });

  it('answers a tampered $skiptoken with a Graph-shaped 400', async () => {
    fixture = await startFixture();
    const next = new URL((await fixture.get(`${LIST}?$top=10`)).body['@odata.nextLink']);
    const token = next.searchParams.get('$skiptoken')!;
    const forged = Buffer.from(Buffer.from(token, 'base64url').toString().replace(':10:', ':20:')).toString('base64url');
    expectGraphError(await fixture.get(`${LIST}?$top=10&$skiptoken=${forged}`), 400, 'BadRequest');
    expectGraphError(await fixture.get(`${LIST}?$skiptoken=garbage`), 400, 'BadRequest');
  });

  it('ignores $orderby and $skip: the order and pages stay the server\'s', async () => {
    fixture = await startFixture({ deviceCount: 50 });
    const plain = await fixture.getAll(`${LIST}?$select=id`);
    const ordered = await fixture.getAll(`${LIST}?$select=id&$orderby=deviceName desc&$skip=10`);
    expect(ordered).toEqual(plain);
  });
});
