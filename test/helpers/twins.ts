/**
 * Twin tests: the same estate as a Terraform plan and as the cloud's inventory gives the same
 * verdicts. Each side is written to a file and read by cldscan's real input kinds (the plan reader
 * and facet builders; the AWS Config, Azure ARM and Cloud Asset readers), or for AWS facts only the
 * API gives, by the real SDK clients against the local server; then judged by the one policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, INPUT_KINDS } from '../../src/cli/composition-root.js';
import { createAwsSource } from '../../providers/aws/live.js';
import type { Finding, Status } from '../../src/model/finding.js';
import type { LiveSource } from '../../src/live/source.js';
import type { MessageData } from '../../src/policy/messages.js';
import { scan } from '../../src/scan.js';
import { DEFAULT_SETTINGS, type ScanSettings } from '../../src/settings.js';
import { ACCOUNT, configSnapshot } from './aws-fixtures.js';
import { localOptions } from './aws-live.js';
import { startAwsServer, type AwsFixture, type FixtureItem } from './aws-server.js';
import { buildPlan, type FixtureResource, type PlanOptions } from './plan-builder.js';

export type Cloud = 'aws' | 'azure' | 'gcp';

/** What one side said of the resource: no finding at all is `none`. */
export interface Verdict {
  status: Status | 'none';
  messageId?: string;
  data?: MessageData;
}

/** The expected verdict; `data` is matched in part (toMatchObject). */
export interface Expected {
  status: Status | 'none';
  messageId?: string;
  data?: Record<string, unknown>;
}

export interface TwinCase {
  /** What the case shows (the test's name). */
  name: string;
  cloud: Cloud;
  plan: FixtureResource[];
  planOptions?: PlanOptions;
  /**
   * The same estate as inventory records: AWS Config items (test/helpers/aws-fixtures.ts, written as
   * a Config snapshot file), ARM / Resource Graph records (written as an ARM `{value: [...]}` list),
   * Cloud Asset records (written as a `gcloud asset list --format=json` array).
   */
  live: unknown[];
  /** AWS only: facts outside AWS Config (password policy, credential report, trail status). The live side is then a live scan of the local server holding these and the items. */
  awsApi?: Omit<AwsFixture, 'items'>;
  /** The judged resource on each side: its id, or a suffix of it (plan address; ARN, Azure id, Google name). */
  at: { plan: string; live: string };
  settings?: Partial<ScanSettings>;
  /** One verdict for both sides, or one per side where they legitimately differ (the case says why). */
  expect: Expected | { plan: Expected; live: Expected };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-twins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function write(name: string, doc: unknown): string {
  const file = path.join(dir, `${++files}-${name}`);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

const INVENTORY_KIND: Record<Cloud, string> = { aws: 'aws-config', azure: 'azure-arm', gcp: 'gcp-asset-inventory' };

function inventoryDoc(c: TwinCase): unknown {
  if (c.cloud === 'aws') return configSnapshot(c.live as FixtureItem[]);
  if (c.cloud === 'azure') return { value: c.live };
  return c.live;
}

async function findings(policyId: string, c: TwinCase, side: 'plan' | 'live'): Promise<Finding[]> {
  const policy = BUILTIN_POLICIES.find((p) => p.meta.id === policyId);
  if (!policy) throw new Error(`no policy ${policyId}`);
  const settings = { ...DEFAULT_SETTINGS, ...c.settings };
  let inputs: string[] = [];
  let live: LiveSource[] | undefined;
  let close = async () => {};
  if (side === 'plan') inputs = [write('plan.json', buildPlan(c.plan, c.planOptions))];
  else if (c.awsApi) {
    const server = await startAwsServer({ ...c.awsApi, items: c.live as FixtureItem[] });
    close = () => server.close();
    live = [createAwsSource(localOptions(server.url))];
  } else inputs = [write(c.cloud === 'aws' ? `${ACCOUNT}_Config_eu-west-3_ConfigSnapshot_20260115T100000Z.json` : 'inventory.json', inventoryDoc(c))];
  try {
    const report = await scan({ kinds: INPUT_KINDS, inputs, ...(live ? { live } : {}), sourceRoot: dir, settings, policies: [policy], keepPasses: true });
    // A side that could not be read, or was read as another kind, would make any verdict meaningless.
    expect(report.incomplete).toEqual([]);
    expect(report.inputs.map((i) => i.kind)).toEqual(live ? [] : [side === 'plan' ? 'terraform-plan' : INVENTORY_KIND[c.cloud]]);
    return report.findings;
  } finally {
    await close();
  }
}

function verdictAt(list: readonly Finding[], at: string): Verdict {
  const exact = list.filter((f) => f.resource.id === at);
  const found = exact.length ? exact : list.filter((f) => f.resource.id.toLowerCase().endsWith(at.toLowerCase()));
  if (found.length > 1) throw new Error(`${at} names ${found.length} resources: ${found.map((f) => f.resource.id).join(', ')}`);
  const f = found[0];
  if (!f) return { status: 'none' };
  return { status: f.status, messageId: f.messageId, ...(f.data ? { data: f.data } : {}) };
}

/** Both sides' verdicts on the case's resource. */
export async function judgeTwin(policyId: string, c: TwinCase): Promise<{ plan: Verdict; live: Verdict }> {
  return { plan: verdictAt(await findings(policyId, c, 'plan'), c.at.plan), live: verdictAt(await findings(policyId, c, 'live'), c.at.live) };
}

function perSide(e: TwinCase['expect']): { plan: Expected; live: Expected } {
  return 'plan' in e ? e : { plan: e, live: e };
}

function expected(e: Expected): Record<string, unknown> {
  return { status: e.status, ...(e.messageId ? { messageId: e.messageId } : {}), ...(e.data ? { data: e.data } : {}) };
}

/** Asserts each side's status, message id and data. */
export async function expectTwin(policyId: string, c: TwinCase): Promise<void> {
  const got = await judgeTwin(policyId, c);
  const want = perSide(c.expect);
  expect(got).toMatchObject({ plan: expected(want.plan), live: expected(want.live) });
}

/** One test per case: `<cloud>: <name>`. */
export function describeTwins(policyId: string, cases: readonly TwinCase[]): void {
  describe(`${policyId}: the same estate as a plan and as an inventory`, () => {
    for (const c of cases) it(`${c.cloud}: ${c.name}`, () => expectTwin(policyId, c));
  });
}
