import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Certificates made with openssl for one test: a CA, a collector certificate
 * for localhost and 127.0.0.1 signed by it, one already expired, a second CA
 * nobody trusts, and a client certificate. Files only; nothing is installed.
 */
export interface TestCertificates {
  caFile: string;
  otherCaFile: string;
  serverCert: string;
  serverKey: string;
  expiredCert: string;
  clientCert: string;
  clientKey: string;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

function makeCa(dir: string, name: string): void {
  openssl(dir, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '30', '-subj', `/CN=${name}`]);
}

function issue(dir: string, ca: string, name: string, csr: string, days: number, ext: string): void {
  writeFileSync(path.join(dir, `${name}.ext`), ext);
  openssl(dir, ['x509', '-req', '-in', csr, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-out', `${name}.pem`, '-days', String(days), '-extfile', `${name}.ext`]);
}

export function makeTestCertificates(dir: string): TestCertificates {
  makeCa(dir, 'test-ca');
  makeCa(dir, 'other-ca');
  openssl(dir, ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost']);
  const serverExt = 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n';
  issue(dir, 'test-ca', 'server', 'server.csr', 30, serverExt);
  // A validity that ends a day before it starts: expired from the moment it exists.
  issue(dir, 'test-ca', 'expired', 'server.csr', -1, serverExt);
  openssl(dir, ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'client.key', '-out', 'client.csr', '-subj', '/CN=passcode-desk-client']);
  issue(dir, 'test-ca', 'client', 'client.csr', 30, 'extendedKeyUsage=clientAuth\n');
  const at = (name: string) => path.join(dir, name);
  return {
    caFile: at('test-ca.pem'),
    otherCaFile: at('other-ca.pem'),
    serverCert: at('server.pem'),
    serverKey: at('server.key'),
    expiredCert: at('expired.pem'),
    clientCert: at('client.pem'),
    clientKey: at('client.key'),
  };
}
