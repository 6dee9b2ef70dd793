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
