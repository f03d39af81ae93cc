import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../../shared/forwarding/collector-address';

describe('parseAddress', () => {
  it('reads host:port, a bracketed IPv6 address and port, around spaces', () => {
    expect(parseAddress('syslog.contoso.example:6514')).toEqual({ host: 'syslog.contoso.example', port: 6514 });
    expect(parseAddress(' 10.0.0.5:514 ')).toEqual({ host: '10.0.0.5', port: 514 });
    expect(parseAddress('[2001:db8::1]:6514')).toEqual({ host: '2001:db8::1', port: 6514 });
  });

  it('refuses an address without a port, a bare IPv6 address, and a port out of range', () => {
    for (const bad of ['syslog.contoso.example', '2001:db8::1:6514', 'host:0', 'host:65536', 'host:123456', 'two words:514', '', ':514']) {
      expect(parseAddress(bad), bad).toBeNull();
    }
    expect(parseAddress('host:65535')).toEqual({ host: 'host', port: 65535 });
  });
});
