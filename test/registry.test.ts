import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, REGISTRIES } from '../src/cli/composition-root.js';
import { CATALOG } from '../src/catalog/catalog.js';
import { definePolicy } from '../src/policy/api.js';
import { compile, entries } from '../src/registry/builder-table.js';
import { coverageRows, liveTypes } from '../src/registry/cloud-registry.js';
import { coverageMarkdown } from '../src/registry/coverage-table.js';
import { policyProblems } from '../src/registry/policy-checks.js';
import { READ_ELSEWHERE, READ_TYPES, PREREQUISITE_TYPES, DEFERRED_TYPES } from '../providers/aws/model.js';
import { AWS_REGISTRY } from '../providers/aws/registry.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULE_IDS = new Set(CATALOG.map((r) => r.id));

describe('facet registry', () => {
  it('provides every facet a built-in policy reads, and the catalog has every rule a policy serves', () => {
    expect(policyProblems(BUILTIN_POLICIES, REGISTRIES, RULE_IDS)).toEqual([]);
  });

  it('names a policy that reads a facet no adapter provides, or serves a rule the catalog lacks', () => {
    const base = BUILTIN_POLICIES[0]!;
    const odd = definePolicy({ meta: { ...base.meta, id: 'odd', facets: ['storage', 'quantumState' as never], rules: ['CLD-21', 'CLD-99'] }, check: base.check });
    expect(policyProblems([odd], REGISTRIES, RULE_IDS)).toEqual([
      'policy odd reads the facet "quantumState", which no adapter provides',
      'policy odd serves the rule "CLD-99", which is not in the catalog (CLD-01…CLD-76, CL-1…CL-30)',
    ]);
  });

  it('reads each facet of each type with one builder at most, on each side of each cloud', () => {
    for (const r of REGISTRIES) {
      expect(() => compile(`${r.cloud} plan`, r.plan)).not.toThrow();
      expect(() => compile(`${r.cloud} live`, r.live)).not.toThrow();
    }
    const twice = { storage: { aws_s3_bucket: () => undefined } };
    expect(() => compile('test', [twice, twice])).toThrow('test: two builders for aws_s3_bucket.storage');
  });

  it('pairs only Terraform types the plan side reads with a live type', () => {
    for (const r of REGISTRIES) {
      const planTypes = new Set(entries(r.plan).map((e) => e.type));
      const stale = Object.keys(r.twins).filter((t) => !planTypes.has(t));
      expect(stale, `${r.cloud} twins`).toEqual([]);
    }
  });

  it('gives most kinds of resource both sides: a row per live type with the Terraform types that are its twins', () => {
    const rows = coverageRows(AWS_REGISTRY as never);
    const bucket = rows.find((r) => r.live === 'AWS::S3::Bucket');
    expect(bucket?.plan).toContain('aws_s3_bucket');
    expect(bucket?.facets.storage).toEqual({ plan: true, live: true });
    // A facet read for every type shows on each row of that side.
    expect(rows.find((r) => r.live === 'AWS::EC2::Volume')?.facets.dataLocations).toEqual({ plan: true, live: true });
  });

  it('keeps docs/resource-coverage.md as the registries generate it (cldscan coverage)', () => {
    const committed = readFileSync(path.join(ROOT, 'docs/resource-coverage.md'), 'utf8');
    expect(committed).toBe(coverageMarkdown(REGISTRIES));
  });
});

describe('AWS Config types read', () => {
  it('are the live types the registry builds a facet for, and those that feed their account, derived rather than listed', () => {
    const fromRegistry = liveTypes(AWS_REGISTRY as never).filter((t) => !READ_ELSEWHERE.includes(t));
    expect(READ_TYPES).toEqual([...new Set([...PREREQUISITE_TYPES, ...DEFERRED_TYPES, ...fromRegistry])].sort());
    // A type a policy needs is never left out: every Config type with a storage facet is read.
    for (const t of Object.keys(AWS_REGISTRY.live.find((table) => table.storage)!.storage!)) expect(READ_TYPES).toContain(t);
  });
});
