/**
 * The action's committed bundle (dist-action/, scripts/bundle-action.ts): it is exactly what the
 * sources build, and it scans as the CLI does — plans, and live AWS, Azure and GCP estates through
 * the cloud SDKs bundled into it (local servers speaking each cloud's protocol), without
 * node_modules beside it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_DIR, bundleAction } from '../scripts/bundle-action.js';
import { cliAsync, nodeAsync, ROOT, type CliRun } from './helpers/cli.js';
import { estate as awsEstate } from './helpers/aws-estate.js';
import { startAwsServerInWorker } from './helpers/aws-worker.js';
import { TEST_CREDENTIALS } from './helpers/aws-live.js';
import { estate as gcpEstate, PROJECTS, TOKEN } from './helpers/gcp-estate.js';
import { startGcpServer } from './helpers/gcp-server.js';
import { fixtureOf, mixedSubscription, SUB_A } from './helpers/azure-estate.js';
import { startAzureServerThread } from './helpers/azure-thread.js';
import { hasOpenssl, makeTestCertificate } from './helpers/azure-tls.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(root, f)).isFile())
    .sort();
}

describe('dist-action/', () => {
  it('is what `npm run build:action` builds from these sources and this lockfile', async () => {
    const fresh = path.join(dir, 'fresh');
    await bundleAction(fresh);
    const built = files(fresh);
    const committed = files(ACTION_DIR);
    expect(committed, 'dist-action/ is stale: run `npm run build:action` and commit dist-action/').toEqual(built);
    for (const f of built) {
      expect(readFileSync(path.join(ACTION_DIR, f)).equals(readFileSync(path.join(fresh, f))), `dist-action/${f} differs from the build: run \`npm run build:action\``).toBe(true);
    }
    // Every bundled package's licence travels with it.
    const licences = readFileSync(path.join(ACTION_DIR, 'licenses.txt'), 'utf8');
    for (const pkg of ['yargs@', 'ajv@', '@aws-sdk/client-config-service@', '@azure/identity@', '@google-cloud/asset@', 'jiti@']) expect(licences).toContain(pkg);
  });
});

/** Runs the bundle as the runner does, from a copy of the action's files without node_modules beside it. */
let actionCopy: string;
beforeAll(() => {
  actionCopy = path.join(dir, 'action');
  for (const part of ['action.yml', 'package.json', 'dist-action', 'schemas']) cpSync(path.join(ROOT, part), path.join(actionCopy, part), { recursive: true });
});

function runBundle(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const inputEnv = Object.fromEntries(Object.entries({ 'fail-on': 'none', summary: 'false', 'source-root': ROOT, ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return nodeAsync([path.join(actionCopy, 'dist-action/index.mjs')], { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', ...env, ...inputEnv } });
}

interface Report {
  findings: Array<{ policy: string; status: string; resource: { id: string }; location: unknown; fingerprint: string }>;
  summary: { resources: number; incomplete: unknown[] };
}
const keys = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as Report).findings.map((f) => `${f.policy} ${f.status} ${f.resource.id} ${JSON.stringify(f.location)} ${f.fingerprint}`).sort();

/** The same scan through the bundle and through the tsc-built CLI: identical findings. */
async function sameAsCli(name: string, args: string[], inputs: Record<string, string>, env: NodeJS.ProcessEnv): Promise<number> {
  const viaBundle = path.join(dir, `${name}-bundle.json`);
  const viaCli = path.join(dir, `${name}-cli.json`);
  const b = await runBundle({ ...inputs, format: 'json', output: viaBundle }, env);
  expect(b.status, b.stdout + b.stderr).toBe(0);
  const c = await cliAsync(['scan', ...args, '--format', 'json', '--output', viaCli, '--fail-on', 'none', '--source-root', ROOT], { env });
  expect(c.status, c.stderr).toBe(0);
  expect(keys(viaBundle)).toEqual(keys(viaCli));
  return keys(viaBundle).length;
}

describe('the bundle scans as the CLI does', () => {
  it('plans, Terraform JSON and TypeScript policies (--policies, through the bundled jiti)', async () => {
    const examples = ['examples/aws/plan.json', 'examples/azure/plan.json', 'examples/gcp/plan.json', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json'].map((p) => path.join(ROOT, p));
    const policies = path.join(ROOT, 'test/fixtures/policies');
    const n = await sameAsCli('plans', [...examples, '--policies', policies], { inputs: examples.join(' '), args: `--policies ${policies}` }, {});
    expect(n).toBeGreaterThan(100);
    expect(keys(path.join(dir, 'plans-bundle.json')).some((k) => k.startsWith('customer-keys-on-buckets '))).toBe(true);
  });

  it('a live AWS account (AWS SDK v3 chunk)', async () => {
    const server = await startAwsServerInWorker(awsEstate());
    try {
      const env = {
        CLDSCAN_AWS_ENDPOINT: server.url,
        AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
        AWS_REGION: 'eu-west-3',
        AWS_CONFIG_FILE: path.join(dir, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-credentials'),
      };
      expect(await sameAsCli('aws', ['--aws'], { args: '--aws' }, env)).toBeGreaterThan(5);
    } finally {
      await server.close();
    }
  });

  it('a live GCP project (Cloud Asset client and google-gax chunks)', async () => {
    const server = await startGcpServer({ token: TOKEN, projects: PROJECTS, assets: gcpEstate(), faults: [] });
    try {
      const env = { CLDSCAN_GCP_ENDPOINT: server.endpoint, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN };
      expect(await sameAsCli('gcp', ['--gcp', '--scope', 'projects/hosting-prod'], { args: '--gcp --scope projects/hosting-prod' }, env)).toBeGreaterThan(5);
    } finally {
      await server.close();
    }
  });

  it.skipIf(!hasOpenssl('the bundle on a live Azure subscription'))('a live Azure subscription (Azure SDK and identity chunks)', async () => {
    const cert = makeTestCertificate();
    const server = await startAzureServerThread({ key: cert.key, cert: cert.cert, fixture: fixtureOf({ sub: SUB_A, ...mixedSubscription(SUB_A) }) });
    try {
      const env = {
        CLDSCAN_AZURE_ENDPOINT: server.url,
        NODE_EXTRA_CA_CERTS: cert.certFile,
        IDENTITY_ENDPOINT: `${server.url}/msi/token`,
        IDENTITY_HEADER: 'test-identity-header',
        AZURE_TOKEN_CREDENTIALS: 'ManagedIdentityCredential',
        NO_PROXY: '127.0.0.1,localhost',
      };
      expect(await sameAsCli('azure', ['--azure', '--subscription', SUB_A], { args: `--azure --subscription ${SUB_A}` }, env)).toBeGreaterThan(5);
    } finally {
      await server.close();
      cert.dispose();
    }
  });
});
