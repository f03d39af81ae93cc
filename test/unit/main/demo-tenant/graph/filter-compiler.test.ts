import { describe, expect, it } from 'vitest';
import { compileFilter, type FilterFields } from '../../../../../main/demo-tenant/graph/filter-compiler';
import { parseFilter } from '../../../../../main/demo-tenant/graph/filter-parser';
import { GraphError } from '../../../../../main/demo-tenant/graph/graph-error';

interface Item { name: string; os: string; synced: number }
const FIELDS: FilterFields<Item> = {
  devicename: { type: 'string', ops: ['eq', 'contains'], get: (i) => i.name },
  operatingsystem: { type: 'string', ops: ['eq'], get: (i) => i.os },
  lastsyncdatetime: { type: 'datetime', ops: ['lt', 'gt'], get: (i) => i.synced },
};
const ITEMS: Item[] = [
  { name: "Sean O'Brien's iPhone", os: 'iOS', synced: Date.UTC(2026, 0, 1) },
  { name: 'DESKTOP-ABC1234', os: 'Windows', synced: Date.UTC(2026, 0, 10) },
  { name: 'Galaxy S6', os: 'Android', synced: Date.UTC(2025, 11, 1) },
];
const run = (filter: string) => {
  const predicate = compileFilter(filter, FIELDS);
  return ITEMS.filter((i) => !predicate || predicate(i)).map((i) => i.name);
};

describe('parseFilter', () => {
  it('reads escaped quotes, typed enum literals, datetimes and precedence', () => {
    expect(parseFilter("deviceName eq 'O''Brien'")).toMatchObject({ right: { literal: { type: 'string', value: "O'Brien" } } });
    expect(parseFilter("action eq microsoft.graph.remoteAction'resetPasscode'")).toMatchObject({ right: { literal: { value: 'resetPasscode' } } });
    expect(parseFilter('lastSyncDateTime gt 2026-01-05T00:00:00Z')).toMatchObject({ right: { literal: { type: 'datetime', value: Date.UTC(2026, 0, 5) } } });
    expect(parseFilter("a eq 'x' or b eq 'y' and c eq 'z'")).toMatchObject({ kind: 'or', right: { kind: 'and' } });
  });

  it.each(["a eq 'x", 'a eq', "a eq 'x')", "(a eq 'x'", 'a ~ b', "a eq 'x' b", '', 'a eq 2026-99-99T00:00:00Z'])('throws a 400 for %j', (filter) => {
    expect(() => parseFilter(filter)).toThrow(GraphError);
  });
});

describe('compileFilter', () => {
  it('applies eq (case-insensitive), contains, and datetime comparisons', () => {
    expect(run("deviceName eq 'galaxy s6'")).toEqual(['Galaxy S6']);
    expect(run("contains(deviceName,'o''brien')")).toEqual(["Sean O'Brien's iPhone"]);
    expect(run('lastSyncDateTime gt 2026-01-05T00:00:00Z')).toEqual(['DESKTOP-ABC1234']);
    expect(run("operatingSystem eq 'iOS' and lastSyncDateTime lt 2026-01-05T00:00:00Z")).toEqual(["Sean O'Brien's iPhone"]);
  });

  it('treats startswith like contains, and ignores what the endpoint does not support', () => {
    expect(run("startswith(deviceName,'S6')")).toEqual(['Galaxy S6']);
    const everything = ITEMS.map((i) => i.name);
    for (const filter of ["osVersion eq '7'", "contains(operatingSystem,'i')", "deviceName ne 'x'", "deviceName eq 'x' or deviceName eq 'y'", "not deviceName eq 'x'", "endswith(deviceName,'6')"]) {
      expect(run(filter), filter).toEqual(everything);
    }
  });

  it('still rejects type errors and unknown functions, even inside an ignored or', () => {
    expect(() => compileFilter('deviceName eq 5', FIELDS)).toThrow(GraphError);
    expect(() => compileFilter("lastSyncDateTime gt '2026-01-01'", FIELDS)).toThrow(GraphError);
    expect(() => compileFilter("deviceName eq 'a' or frob(deviceName,'b')", FIELDS)).toThrow(GraphError);
    expect(() => compileFilter("contains(deviceName)", FIELDS)).toThrow(GraphError);
  });
});
