import { AssertionError, deepStrictEqual } from 'node:assert';
import type { Facets } from '../model/facets.js';
import type { Status } from '../model/finding.js';
import type { CloudProvider, Origin, Resource } from '../model/resource.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../settings.js';
import { definePolicy, LANGS, type CheckResult, type MessageData, type Policy } from './api.js';
import { renderMessage, renderResult } from './messages.js';

/**
 * Runs one policy on resources the way the scanner does: give resources, get each one's result
 * (undefined: not applicable).
 */
export function runPolicy(policy: Policy, resources: readonly Resource[], settings: Partial<ScanSettings> = {}): Map<string, CheckResult | undefined> {
  const ctx = { settings: { ...DEFAULT_SETTINGS, ...settings } };
  return new Map(resources.map((r) => [r.id, policy.check(r, ctx)]));
}

/** A resource for a policy test: its facets, and whatever else the test cares about. */
export interface TestResource {
  facets: Facets;
  id?: string;
  provider?: CloudProvider;
  nativeType?: string;
  region?: string;
  origin?: Origin;
  tags?: Record<string, string>;
}

/** A whole Resource from the few fields a policy test gives. */
export function testResource(r: TestResource): Resource {
  const provider = r.provider ?? 'aws';
  return {
    id: r.id ?? `${provider}.test`,
    provider,
    nativeType: r.nativeType ?? 'test_resource',
    region: r.region,
    source: { origin: r.origin ?? 'plan', category: r.origin === 'live' ? `${provider}/test` : 'terraform', input: 'test' },
    facets: r.facets,
    ...(r.tags ? { tags: r.tags } : {}),
  };
}

export interface TestCase {
  /** Shown as the test's name; defaults to the resource id and the expected outcome. */
  name?: string;
  resource: TestResource;
  settings?: Partial<ScanSettings>;
}

export interface ResultCase extends TestCase {
  /** The message the result must name (required for fail and unknown, as ESLint requires one for invalid code). */
  messageId: string;
  /** Values the message's data must hold (a subset: other keys may be there too). */
  data?: MessageData;
}

export interface TestCases {
  pass?: Array<TestCase & { messageId?: string; data?: MessageData }>;
  fail?: ResultCase[];
  unknown?: ResultCase[];
  /** Resources the policy has nothing to say about. */
  notApplicable?: TestCase[];
}

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => void) => void;

/**
 * Tests a policy on small resources, the way ESLint's RuleTester tests a rule: resources that pass,
 * fail, stay unknown or are not the policy's business, each with the message id it must give.
 * Every message is also rendered in each language, so a missing message or placeholder fails here
 * rather than in a scan. Under vitest, jest or mocha the cases become tests (`describe`/`it` are
 * taken from the global scope, or set `RuleTester.describe` and `RuleTester.it`); elsewhere `run`
 * throws at the first case that does not hold.
 */
export class RuleTester {
  static describe?: Describe;
  static it?: It;

  constructor(private readonly defaults: { settings?: Partial<ScanSettings> } = {}) {}

  run(policy: Policy, cases: TestCases): void {
    definePolicy(policy);
    const g = globalThis as { describe?: Describe; it?: It };
    const describe: Describe = RuleTester.describe ?? g.describe ?? ((_name, body) => body());
    const it: It = RuleTester.it ?? g.it ?? ((_name, body) => body());
    const outcomes: Array<[Status | 'notApplicable', Array<TestCase & { messageId?: string; data?: MessageData }>]> = [
      ['pass', cases.pass ?? []],
      ['fail', cases.fail ?? []],
      ['unknown', cases.unknown ?? []],
      ['notApplicable', cases.notApplicable ?? []],
    ];
    describe(policy.meta.id, () => {
      for (const [expected, list] of outcomes) {
        list.forEach((c, i) => {
          it(c.name ?? `${expected} ${i + 1}: ${c.resource.id ?? c.resource.nativeType ?? 'resource'}`, () => this.check(policy, expected, c));
        });
      }
    });
  }

  private check(policy: Policy, expected: Status | 'notApplicable', c: TestCase & { messageId?: string; data?: MessageData }): void {
    const resource = testResource(c.resource);
    const result = runPolicy(policy, [resource], { ...this.defaults.settings, ...c.settings }).get(resource.id);
    const label = `${policy.meta.id} on ${resource.id}`;
    if (expected === 'notApplicable') {
      if (result !== undefined) throw new AssertionError({ message: `${label}: expected no result, got ${result.status} (${result.messageId})` });
      return;
    }
    if (!result) throw new AssertionError({ message: `${label}: expected ${expected}, got no result (not applicable)` });
    if (result.status !== expected) throw new AssertionError({ message: `${label}: expected ${expected}, got ${result.status} (${result.messageId})`, actual: result.status, expected });
    if ((expected === 'fail' || expected === 'unknown') && !c.messageId) throw new AssertionError({ message: `${label}: a ${expected} case must name the messageId it expects` });
    if (c.messageId !== undefined && result.messageId !== c.messageId) {
      throw new AssertionError({ message: `${label}: expected message "${c.messageId}", got "${result.messageId}"`, actual: result.messageId, expected: c.messageId });
    }
    for (const [key, value] of Object.entries(c.data ?? {})) {
      try {
        deepStrictEqual(result.data?.[key], value);
      } catch {
        throw new AssertionError({ message: `${label}: data.${key} is ${JSON.stringify(result.data?.[key])}, expected ${JSON.stringify(value)}`, actual: result.data?.[key], expected: value });
      }
    }
    for (const lang of LANGS) {
      renderResult(policy.meta, result, lang);
      if (result.settle && typeof result.settle !== 'string') renderMessage(policy.meta, result.settle, lang);
    }
  }
}
