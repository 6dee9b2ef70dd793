import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../src/catalog/catalog.js';
import { cli, ROOT } from './helpers/cli.js';
import { validateSarif } from './helpers/sarif-validate.js';

interface JsonFinding {
  policy: string;
  status: string;
  rules: string[];
  resource: { id: string };
  location: { uri: string; line: number };
  fingerprint: string;
}

/** What the bundled examples must produce: every finding that is not a pass, where it points. (examples/README.md) */
const EXPECTED: Array<[string, string, number, string, string]> = [
  ['module.audit_logs.aws_cloudwatch_log_group.this[0]', 'examples/aws/main.tf', 91, 'log-retention', 'fail'],
  ['module.compute.aws_ebs_volume.scratch', 'examples/aws/modules/compute/main.tf', 50, 'encryption-at-rest', 'fail'],
  ['module.compute.aws_eks_cluster.main', 'examples/aws/modules/compute/main.tf', 77, 'admin-network-exposure', 'fail'],
  ['module.database.aws_db_instance.reporting', 'examples/aws/modules/database/main.tf', 31, 'encryption-at-rest', 'fail'],
  ['module.database.aws_db_instance.reporting', 'examples/aws/modules/database/main.tf', 31, 'admin-network-exposure', 'unknown'],
  ['module.database.aws_db_instance.reporting', 'examples/aws/modules/database/main.tf', 31, 'backups', 'fail'],
  ['module.database.aws_elasticache_replication_group.sessions', 'examples/aws/modules/database/main.tf', 62, 'encryption-at-rest', 'fail'],
  ['module.database.aws_elasticache_replication_group.sessions', 'examples/aws/modules/database/main.tf', 62, 'backups', 'fail'],
  ['module.database.aws_rds_cluster.analytics', 'examples/aws/modules/database/main.tf', 49, 'encryption-at-rest', 'fail'],
  ['module.database.aws_rds_cluster.analytics', 'examples/aws/modules/database/main.tf', 49, 'tls-in-transit', 'unknown'],
  ['module.iam.aws_iam_role.support_admin', 'examples/aws/modules/iam/main.tf', 112, 'admin-mfa', 'fail'],
  ['module.iam.aws_iam_user.breakglass', 'examples/aws/modules/iam/main.tf', 69, 'admin-mfa', 'fail'],
  ['module.logging.aws_cloudtrail.main', 'examples/aws/modules/logging/main.tf', 49, 'log-retention', 'fail'],
  ['module.logging.aws_cloudtrail.main', 'examples/aws/modules/logging/main.tf', 49, 'audit-log-protection', 'fail'],
  ['module.logging.aws_cloudwatch_log_group.this["access"]', 'examples/aws/modules/logging/main.tf', 1, 'log-retention', 'fail'],
  ['module.logging.module.trail_bucket.aws_s3_bucket.this', 'examples/aws/modules/s3-bucket/main.tf', 2, 'tls-in-transit', 'fail'],
  ['module.network.aws_security_group.web', 'examples/aws/modules/network/main.tf', 24, 'admin-network-exposure', 'fail'],
  ['module.network.aws_security_group_rule.web_rdp', 'examples/aws/modules/network/main.tf', 56, 'admin-network-exposure', 'fail'],
  ['module.network.aws_vpc.main', 'examples/aws/modules/network/main.tf', 1, 'threat-detection', 'fail'],
  ['module.storage.aws_efs_file_system.shared', 'examples/aws/modules/storage/main.tf', 86, 'backups', 'fail'],
  ['module.storage.aws_s3_bucket.replica', 'examples/aws/modules/storage/main.tf', 37, 'data-residency', 'fail'],
  ['module.storage.aws_s3_bucket.replica', 'examples/aws/modules/storage/main.tf', 37, 'tls-in-transit', 'fail'],
  ['module.storage.aws_s3_bucket.this["documents"]', 'examples/aws/modules/storage/main.tf', 3, 'data-residency', 'fail'],
  ['module.storage.aws_s3_bucket.this["documents"]', 'examples/aws/modules/storage/main.tf', 3, 'tls-in-transit', 'fail'],
  ['module.storage.aws_s3_bucket.this["exports"]', 'examples/aws/modules/storage/main.tf', 3, 'tls-in-transit', 'fail'],
  ['module.storage.aws_sns_topic.alerts', 'examples/aws/modules/storage/main.tf', 123, 'encryption-at-rest', 'fail'],
  ['module.compute.azurerm_network_security_rule.ssh_from_bastion', 'examples/azure/modules/compute/main.tf', 28, 'admin-network-exposure', 'unknown'],
  ['module.compute.module.bastion.azurerm_linux_virtual_machine.this', 'examples/azure/modules/linux-vm/main.tf', 24, 'encryption-at-rest', 'fail'],
  ['module.data.azurerm_mssql_database.legacy', 'examples/azure/modules/data/main.tf', 50, 'encryption-at-rest', 'fail'],
  ['module.data.azurerm_storage_account.this["exports"]', 'examples/azure/modules/data/main.tf', 5, 'data-residency', 'fail'],
  ['module.logging.azurerm_log_analytics_workspace.this["app"]', 'examples/azure/modules/logging/main.tf', 2, 'log-retention', 'fail'],
  ['module.logging.azurerm_monitor_diagnostic_setting.activity_log', 'examples/azure/modules/logging/main.tf', 13, 'audit-log-protection', 'fail'],
  ['module.network.azurerm_network_security_group.app', 'examples/azure/modules/network/main.tf', 17, 'admin-network-exposure', 'fail'],
  ['module.network.azurerm_network_security_rule.rdp', 'examples/azure/modules/network/main.tf', 52, 'admin-network-exposure', 'fail'],
  ['module.network.azurerm_virtual_network.main', 'examples/azure/modules/network/main.tf', 1, 'threat-detection', 'fail'],
  ['module.security.azurerm_key_vault_key.cmk', 'examples/azure/modules/security/main.tf', 13, 'key-management', 'fail'],
  ['module.data.google_sql_database_instance.main', 'examples/gcp/modules/data/main.tf', 29, 'tls-in-transit', 'fail'],
  ['module.data.google_sql_database_instance.reporting', 'examples/gcp/modules/data/main.tf', 53, 'data-residency', 'fail'],
  ['module.data.google_sql_database_instance.reporting', 'examples/gcp/modules/data/main.tf', 53, 'admin-network-exposure', 'fail'],
  ['module.data.google_sql_database_instance.reporting', 'examples/gcp/modules/data/main.tf', 53, 'tls-in-transit', 'fail'],
  ['module.data.google_storage_bucket.this["exports"]', 'examples/gcp/modules/data/main.tf', 4, 'data-residency', 'fail'],
  ['module.gke.google_container_cluster.sandbox', 'examples/gcp/modules/gke/main.tf', 25, 'admin-network-exposure', 'fail'],
  ['module.iam.google_project_iam_member.admins_editor', 'examples/gcp/modules/iam/main.tf', 8, 'admin-mfa', 'unknown'],
  ['module.iam.google_project_iam_member.owner', 'examples/gcp/modules/iam/main.tf', 2, 'admin-mfa', 'fail'],
  ['module.logging.google_logging_project_bucket_config.app', 'examples/gcp/modules/logging/main.tf', 10, 'log-retention', 'fail'],
  ['module.logging.google_logging_project_bucket_config.default', 'examples/gcp/modules/logging/main.tf', 2, 'data-residency', 'fail'],
  ['module.logging.google_logging_project_bucket_config.default', 'examples/gcp/modules/logging/main.tf', 2, 'audit-log-protection', 'fail'],
  ['module.network.google_compute_firewall.ssh_any', 'examples/gcp/modules/network/main.tf', 17, 'admin-network-exposure', 'fail'],
  ['module.network.google_compute_firewall.ssh_jump', 'examples/gcp/modules/network/main.tf', 64, 'admin-network-exposure', 'unknown'],
  ['module.network.google_compute_subnetwork.this["app"]', 'examples/gcp/modules/network/main.tf', 6, 'threat-detection', 'fail'],
  ['module.network.google_compute_subnetwork.this["gke"]', 'examples/gcp/modules/network/main.tf', 6, 'threat-detection', 'fail'],
  ['aws_cloudwatch_log_group.app_logs', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json', 37, 'log-retention', 'fail'],
  ['aws_db_instance.app_db', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json', 59, 'network-separation', 'fail'],
  ['aws_ebs_volume.scratch', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json', 83, 'encryption-at-rest', 'fail'],
  ['aws_iam_user.breakglass', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json', 100, 'admin-mfa', 'fail'],
  ['aws_s3_bucket.documents', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json', 148, 'tls-in-transit', 'fail'],
  ['aws_s3_bucket.static_assets', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json', 157, 'tls-in-transit', 'fail'],
  ['aws_security_group.web', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json', 188, 'admin-network-exposure', 'fail'],
  ['aws_security_group.web', 'examples/cdktf/cdktf.out/stacks/hosting/cdk.tf.json', 188, 'network-separation', 'fail'],
];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cldscan-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function scanJson(args: string[], cwd = ROOT): { findings: JsonFinding[]; summary: Record<string, unknown> } {
  const r = cli(['scan', ...args, '--format', 'json', '--fail-on', 'none'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the bundled examples', () => {
  const { findings } = scanJson(['examples', '--source-root', '.']);

  it('give exactly the deliberate findings, each on the line of its resource block (or remote module call)', () => {
    const got = findings
      .filter((f) => f.status !== 'pass')
      .map((f) => [f.resource.id, f.location.uri, f.location.line, f.policy, f.status])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const want = [...EXPECTED].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(got).toEqual(want);
  });

  it('check every resource the policies know about, passes included, with the catalog rules of each policy', () => {
    const passes = findings.filter((f) => f.status === 'pass');
    expect(passes.length).toBeGreaterThan(100);
    for (const f of findings) for (const id of f.rules) expect(CATALOG.some((r) => r.id === id)).toBe(true);
    // Compliant counterparts named in examples/README.md.
    const pass = (id: string, policy: string) => expect(findings).toContainEqual(expect.objectContaining({ policy, status: 'pass', resource: expect.objectContaining({ id }) }));
    pass('module.identity.azurerm_role_assignment.owner', 'admin-mfa');
    pass('module.logging.aws_cloudtrail.main', 'data-residency');
    pass('module.network.aws_network_acl.private', 'admin-network-exposure');
    pass('module.gke.google_container_cluster.private', 'admin-network-exposure');
  });

  it('write SARIF that the SARIF Multitool accepts for GitHub with zero errors', () => {
    const out = path.join(tmp, 'examples.sarif');
    const r = cli(['scan', 'examples', '--source-root', '.', '--format', 'sarif', '--output', out, '--fail-on', 'none']);
    expect(r.status).toBe(0);
    const issues = validateSarif([out]);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(issues).toEqual([]);

    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    expect(run.automationDetails.id).toBe('cldscan/terraform/');
    expect(run.taxonomies.map((t: { name: string; taxa: unknown[] }) => [t.name, t.taxa.length])).toEqual([['CLD', 76], ['CL', 30]]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.markdown).toContain('### Remediation');
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
      expect(rule.properties.tags).toContain('security');
      expect(rule.relationships.length).toBeGreaterThan(0);
    }
    const results = run.results as Array<{ level: string; properties: { status: string }; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }>;
    expect(results).toHaveLength(EXPECTED.length);
    for (const res of results) {
      expect(res.properties.status).not.toBe('pass');
      if (res.properties.status === 'unknown') expect(res.level).toBe('note');
      expect(res.partialFingerprints['cldscanResource/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(res.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(res.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^examples\/[^\\]+$/);
    }
  });

  it('keep fingerprints when blocks move, and follow the moved lines', () => {
    const copy = path.join(tmp, 'moved');
    cpSync(path.join(ROOT, 'examples/aws'), copy, { recursive: true });
    const before = scanJson(['plan.json'], copy).findings;
    const file = path.join(copy, 'modules/network/main.tf');
    writeFileSync(file, `# a comment and blank lines pushed every block down\n\n\n${readFileSync(file, 'utf8')}`);
    const after = scanJson(['plan.json'], copy).findings;
    expect(after.map((f) => f.fingerprint).sort()).toEqual(before.map((f) => f.fingerprint).sort());
    const sg = (list: JsonFinding[]) => list.find((f) => f.resource.id === 'module.network.aws_security_group.web' && f.policy === 'admin-network-exposure')!;
    expect(sg(after).location).toEqual({ uri: 'modules/network/main.tf', line: sg(before).location.line + 3 });
    // Same resource, other policy: another fingerprint.
    expect(new Set(before.map((f) => f.fingerprint)).size).toBe(before.length);
  });

  it('never print a value the plan marks sensitive, in any format', () => {
    for (const format of ['json', 'sarif', 'text', 'markdown']) {
      const r = cli(['scan', 'examples', '--source-root', '.', '--format', format, '--fail-on', 'none']);
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(500);
      expect(r.stdout).not.toContain('Example-Passw0rd-DoNotUse');
    }
  });
});
