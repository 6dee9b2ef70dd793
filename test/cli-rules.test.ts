import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

describe('cldscan rules', () => {
  it('lists all 106 catalog rules with the policies serving each', () => {
    const r = cli(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    const { rules } = JSON.parse(r.stdout) as { rules: Array<{ id: string; automation: string; policies: string[]; title: string }> };
    expect(rules).toHaveLength(106);
    expect(rules.find((x) => x.id === 'CLD-21')?.policies).toEqual(['encryption-at-rest']);
    expect(rules.find((x) => x.id === 'CLD-19')?.policies).toEqual(['admin-mfa', 'admin-network-exposure']);
    expect(rules.find((x) => x.id === 'CL-27')?.policies).toEqual(['data-residency']);
    expect(rules.find((x) => x.id === 'CLD-02')).toMatchObject({ automation: 'manual', policies: [] });
    // The checks that cover a rule are the catalog's, not every policy naming it.
    const covering = JSON.parse(r.stdout) as { rules: Array<{ id: string; checks: string[] }> };
    expect(covering.rules.find((x) => x.id === 'CLD-18')?.checks).toEqual([]);
    expect(covering.rules.find((x) => x.id === 'CLD-19')?.checks).toEqual(['admin-network-exposure/ingress', 'admin-network-exposure/adminEndpoint', 'admin-mfa/identity']);
  });

  it('prints a readable list, in French on request', () => {
    const en = cli(['rules']);
    expect(en.stdout).toMatch(/CLD-21\s+partial\s+\S/);
    expect(en.stdout).toMatch(/CLD-37\s+automated\s+\S/);
    expect(en.stdout).toContain('1. [encryption-at-rest/storage] ');
    expect(en.stdout).toContain('[threat-detection/detection (account-level, in every region)] ');
    expect(en.stdout).toContain('organisational: needs an attestation');
    const fr = cli(['rules', '--lang', 'fr', '--format', 'markdown']);
    expect(fr.stdout.split('\n')).toHaveLength(106 + 3);
    expect(fr.stdout).not.toEqual(en.stdout);
  });

  it('refuses unknown commands with exit code 2 and one line', () => {
    const r = cli(['scna', 'plan.json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
