/**
 * A large AWS estate for the report tests: a Terraform plan of a few hundred resources spread over
 * several `.tf` files of a root module in `infra/`, with failures of several policies (volumes not
 * encrypted, some in a region outside the EU (through a provider alias), log groups kept too short, security groups open to
 * the internet) and some resources whose encryption is unknown until applied. About 500 failures
 * and unknowns in all; the .tf files declare each resource, so every finding has a file and a line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_POLICIES } from '../../policies/index.js';
import { INPUT_KINDS } from '../../src/cli/composition-root.js';
import type { ScanReport } from '../../src/report/scan-report.js';
import { scan, type ScanRequest } from '../../src/scan.js';
import { DEFAULT_SETTINGS } from '../../src/settings.js';
import { buildPlan, type FixtureResource } from './plan-builder.js';

export interface ReportEstate {
  /** The plan, in `<root>/infra/`. */
  plan: string;
  /** The source root: locations are `infra/<file>.tf`. */
  root: string;
  /** Addresses of the volumes whose data is outside the EU (their copies too). */
  abroad: string[];
}

export interface EstateSize {
  volumes?: number;
  abroad?: number;
  logGroups?: number;
  openGroups?: number;
  pending?: number;
  /** The plan's file name in `infra/` (default plan.json): two plans of one estate, before and after a change. */
  planName?: string;
}

const FILES = 8;

/**
 * Every EBS volume in a daily AWS Backup plan (a selection by ARN pattern, as organisations write it),
 * so that the estate's failures stay the ones the report tests count.
 */
export const VOLUME_BACKUPS: FixtureResource[] = [
  {
    address: 'aws_backup_plan.daily',
    values: { name: 'daily', rule: [{ rule_name: 'daily', target_vault_name: 'main', schedule: 'cron(0 5 ? * * *)', lifecycle: [{ delete_after: 35, cold_storage_after: null }], copy_action: [] }] },
    unknown: { arn: true, id: true },
  },
  {
    address: 'aws_backup_selection.volumes',
    values: { name: 'volumes', iam_role_arn: 'arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole', selection_tag: [], condition: [], not_resources: [], resources: ['arn:aws:ec2:*:*:volume/*'] },
    unknown: { id: true, plan_id: true },
    expressions: { plan_id: { references: ['aws_backup_plan.daily.id', 'aws_backup_plan.daily'] } },
  },
];

export function writeReportEstate(root: string, size: EstateSize = {}): ReportEstate {
  const { volumes = 200, abroad = 60, logGroups = 80, openGroups = 40, pending = 20, planName = 'plan.json' } = size;
  const resources: Array<FixtureResource & { file: number }> = [];
  const pad = (i: number) => String(i).padStart(3, '0');
  for (let i = 0; i < volumes; i++) resources.push({ file: i % FILES, address: `aws_ebs_volume.data_${pad(i)}`, values: { availability_zone: 'eu-west-3a', encrypted: false, size: 10 }, unknown: { id: true } });
  const abroadAddresses: string[] = [];
  for (let i = 0; i < abroad; i++) {
    const address = `aws_ebs_volume.replica_${pad(i)}`;
    abroadAddresses.push(address);
    resources.push({ file: i % FILES, address, values: { availability_zone: 'us-east-1a', encrypted: false, size: 10 }, unknown: { id: true }, providerConfigKey: 'aws.us' });
  }
  for (let i = 0; i < logGroups; i++) resources.push({ file: i % FILES, address: `aws_cloudwatch_log_group.app_${pad(i)}`, values: { name: `/app/${pad(i)}`, retention_in_days: 30 }, unknown: { arn: true, id: true } });
  for (let i = 0; i < openGroups; i++) {
    resources.push({
      file: i % FILES,
      address: `aws_security_group.edge_${pad(i)}`,
      values: { name: `edge-${pad(i)}`, ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], security_groups: [], self: false, prefix_list_ids: [], description: 'ssh' }] },
      unknown: { id: true, arn: true },
    });
  }
  for (let i = 0; i < pending; i++) resources.push({ file: i % FILES, address: `aws_ebs_volume.pending_${pad(i)}`, values: { availability_zone: 'eu-west-3b', size: 10 }, unknown: { id: true, encrypted: true, kms_key_id: true } });
  for (const r of VOLUME_BACKUPS) resources.push({ ...r, file: 6 });

  const infra = path.join(root, 'infra');
  mkdirSync(infra, { recursive: true });
  const files: string[][] = Array.from({ length: FILES }, () => ['# generated for the report tests', '']);
  for (const r of resources) {
    const [type, name] = r.address.split('.') as [string, string];
    files[r.file]!.push(`resource "${type}" "${name}" {`, '  # …', '}', '');
  }
  files.forEach((lines, i) => writeFileSync(path.join(infra, `${['storage', 'logs', 'network', 'data', 'app', 'edge', 'backup', 'replica'][i]}.tf`), lines.join('\n')));
  const plan = path.join(infra, planName);
  const providers = {
    aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-3' } } },
    'aws.us': { name: 'aws', alias: 'us', expressions: { region: { constant_value: 'us-east-1' } } },
  };
  writeFileSync(plan, JSON.stringify(buildPlan(resources.map(({ file: _file, ...r }) => r), { providers })));
  return { plan, root, abroad: abroadAddresses };
}

/** The estate's plan scanned as `cldscan scan` does for every format but JSON (passes only counted). */
export function scanEstate(estate: Pick<ReportEstate, 'plan' | 'root'>, more: Partial<Omit<ScanRequest, 'spool'>> = {}): Promise<ScanReport> {
  return scan({ kinds: INPUT_KINDS, inputs: [estate.plan], sourceRoot: estate.root, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES, keepPasses: false, ...more });
}
