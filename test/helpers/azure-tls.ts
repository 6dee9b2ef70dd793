import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A throw-away TLS certificate for 127.0.0.1, made at test time with the `openssl` command (Node
 * has no X.509 generator). The Azure SDK's bearer-token policy refuses plain http, so the local
 * Azure server speaks https with it; clients trust it through `ca` (in-process) or
 * NODE_EXTRA_CA_CERTS (the CLI in a child process). Nothing is committed.
 */
export interface TestCertificate {
  key: string;
  cert: string;
  certFile: string;
  dispose(): void;
}

/** Whether the openssl command can make the local Azure server's certificate; when not, says that `tests` are skipped and why. */
export function hasOpenssl(tests: string): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    console.info(`${tests} skipped: the openssl command is needed to make the local Azure server's test certificate`);
    return false;
  }
}

export function makeTestCertificate(): TestCertificate {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-azure-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    { stdio: 'ignore' },
  );
  return {
    key: readFileSync(keyFile, 'utf8'),
    cert: readFileSync(certFile, 'utf8'),
    certFile,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
