import { describe, expect, it } from 'vitest';
import { SELECTABLE } from '../../../../../main/demo-tenant/graph/device-view';
import { GraphError } from '../../../../../main/demo-tenant/graph/graph-error';
import { nextLink, PageTokens, pageSize, parseSelect, readQuery } from '../../../../../main/demo-tenant/graph/odata-query';

describe('OData query options', () => {
  it('reads options case-insensitively and refuses duplicates', () => {
    expect(readQuery(new URL('http://x/a?$TOP=5&$select=id'))).toMatchObject({ top: '5', select: 'id' });
    expect(() => readQuery(new URL('http://x/a?$top=5&$Top=6'))).toThrow(GraphError);
  });

  it('sizes pages from $top, capped at the limit', () => {
    expect(pageSize(undefined, 1000)).toBe(1000);
    expect(pageSize(undefined, 1000, 50)).toBe(50);
    expect(pageSize('20', 1000)).toBe(20);
    expect(pageSize('20000', 1000)).toBe(1000);
    for (const bad of ['0', '-3', 'x', '2.5']) expect(() => pageSize(bad, 1000)).toThrow(GraphError);
  });

  it('resolves $select to canonical names and rejects unknown ones', () => {
    expect(parseSelect('ID, devicename,id', SELECTABLE.beta, 't')).toEqual(['id', 'deviceName']);
    expect(() => parseSelect('deviceType', SELECTABLE['v1.0'], 't')).toThrow(GraphError);
  });

  it('round-trips page tokens and rejects forged, foreign or truncated ones', () => {
    const tokens = new PageTokens();
    const token = tokens.encode('devices', 1000);
    expect(tokens.decode('devices', token)).toBe(1000);
    expect(tokens.decode('devices', undefined)).toBe(0);
    expect(() => tokens.decode('audits', token)).toThrow(GraphError);
    expect(() => tokens.decode('devices', token.slice(0, -2))).toThrow(GraphError);
    expect(() => new PageTokens().decode('devices', token)).toThrow(GraphError);
  });

  it('builds a nextLink that keeps the query and replaces the skiptoken', () => {
    const url = new URL("http://127.0.0.1/beta/x?$top=5&$filter=deviceName eq 'a b'&$skiptoken=old");
    expect(nextLink('http://127.0.0.1:9', url, 'NEW')).toBe("http://127.0.0.1:9/beta/x?$top=5&$filter=deviceName%20eq%20'a%20b'&$skiptoken=NEW");
  });
});
