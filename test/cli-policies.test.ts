import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers/cli.js';

describe('cldscan scan --policies', () => {
  it('loads users\' TypeScript policies and runs them beside the built-in ones', () => {
    const r = cli(['scan', 'examples/aws/plan.json', '--source-root', '.', '--format', 'json', '--fail-on', 'none', '--policies', 'test/fixtures/policies']);
    expect(r.stderr).toBe('');
    const { findings } = JSON.parse(r.stdout) as { findings: Array<{ policy: string; status: string; messageId: string; resource: { id: string } }> };
    const mine = findings.filter((f) => f.policy === 'customer-keys-on-buckets');
    expect(mine).toContainEqual(expect.objectContaining({ status: 'fail', messageId: 'otherKey', data: { service: 'S3 bucket' }, resource: expect.objectContaining({ id: 'module.storage.aws_s3_bucket.this["exports"]' }) }));
    expect(mine).toContainEqual(expect.objectContaining({ status: 'pass', messageId: 'customerKey', data: { service: 'S3 bucket' }, resource: expect.objectContaining({ id: 'module.storage.aws_s3_bucket.this["documents"]' }) }));
    expect(findings.some((f) => f.policy === 'encryption-at-rest')).toBe(true);
  });

  it('refuses a malformed policy with the file and the reason', () => {
    const r = cli(['scan', 'examples/aws/plan.json', '--policies', 'test/fixtures/policies-broken']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(path.join(ROOT, 'test/fixtures/policies-broken/broken.ts'));
    expect(r.stderr).toMatch(/meta\.id "Broken Id" must be lower-case words/);
  });
});
