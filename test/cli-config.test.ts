import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finding {
  policy: string;
  status: string;
  message: string;
  resource: { id: string };
}

function scan(extra: string[]): Finding[] {
  const r = cli(['scan', 'examples/azure/plan.json', '--source-root', '.', '--format', 'json', '--fail-on', 'none', ...extra]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
}

const status = (list: Finding[], id: string, policy: string) => list.find((f) => f.resource.id === id && f.policy === policy)?.status;

describe('configuration file and flags', () => {
  const archive = 'module.data.azurerm_storage_account.this["archive"]';
  const securityWorkspace = 'module.logging.azurerm_log_analytics_workspace.this["security"]';

  it('applies the file: France-only residency, a longer retention, customer keys required', () => {
    const config = path.join(dir, 'strict.yaml');
    writeFileSync(config, 'residency: fr\nminLogRetentionDays: 500\nrequireCustomerManagedKeys: true\n');
    const defaults = scan([]);
    const strict = scan(['--config', config]);
    // GRS in westeurope (NL) paired with northeurope (IE): fine for the EU, not for France only.
    expect(status(defaults, archive, 'data-residency')).toBe('pass');
    expect(status(strict, archive, 'data-residency')).toBe('fail');
    expect(status(defaults, securityWorkspace, 'log-retention')).toBe('pass');
    expect(status(strict, securityWorkspace, 'log-retention')).toBe('fail');
    expect(status(defaults, 'module.compute.azurerm_managed_disk.scratch', 'encryption-at-rest')).toBe('pass');
    expect(status(strict, 'module.compute.azurerm_managed_disk.scratch', 'encryption-at-rest')).toBe('fail');
  });

  it('applies the thresholds of the other checks: zones required, backup retention, environment tags', () => {
    const config = path.join(dir, 'beyond.yaml');
    writeFileSync(config, 'highAvailability: ["module.data.*"]\nminBackupRetentionDays: 30\nenvironments:\n  tagKeys: [owner]\n');
    const defaults = scan([]);
    const strict = scan(['--config', config]);
    const pg = 'module.data.azurerm_postgresql_flexible_server.main';
    // Availability is judged only for the resources the configuration names.
    expect(status(defaults, pg, 'availability')).toBeUndefined();
    expect(status(strict, pg, 'availability')).toBe('fail');
    expect(status(strict, 'module.compute.azurerm_kubernetes_cluster.main', 'availability')).toBeUndefined();
    // 7 days of SQL backups: enough by default, not for 30.
    expect(status(defaults, 'module.data.azurerm_mssql_database.app', 'backups')).toBe('pass');
    expect(status(strict, 'module.data.azurerm_mssql_database.app', 'backups')).toBe('fail');
    expect(status(strict, pg, 'backups')).toBe('pass');
    // The plan's resources are tagged `environment = prod`; read from another key, no environment is known.
    expect(status(defaults, 'scope:examples/azure', 'network-separation')).toBe('pass');
    expect(status(strict, 'scope:examples/azure', 'network-separation')).toBeUndefined();
  });

  it('refuses a misspelt threshold, naming it', () => {
    const config = path.join(dir, 'typo.yaml');
    writeFileSync(config, 'minBackupRetentionDay: 30\n');
    const r = cli(['scan', 'examples/azure/plan.json', '--config', config]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('minBackupRetentionDay');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lets flags override the file', () => {
    const config = path.join(dir, 'fr.yaml');
    writeFileSync(config, 'residency: fr\n');
    expect(status(scan(['--config', config, '--residency', 'eu']), archive, 'data-residency')).toBe('pass');
  });

  it('can switch a policy off', () => {
    const config = path.join(dir, 'off.json');
    writeFileSync(config, JSON.stringify({ disabledPolicies: ['log-retention'] }));
    expect(scan(['--config', config]).some((f) => f.policy === 'log-retention')).toBe(false);
    writeFileSync(config, JSON.stringify({ disabledPolicies: ['no-such-policy'] }));
    const r = cli(['scan', 'examples/azure/plan.json', '--config', config]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no policy named no-such-policy');
  });
});
