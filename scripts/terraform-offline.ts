/**
 * Real Terraform plans without a network: `terraform init`, `plan -refresh=false -out` and
 * `show -json` on a copy of a root module, with providers from a filesystem mirror (a `tf-plugins`
 * folder near the root of the machine), mock credentials, and the provider's calls to AWS switched
 * off. Used by scripts/example-plans.ts and test/example-plans.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The provider the mirror must hold, and the only one the examples that can be planned use. */
export const AWS_PROVIDER = { source: 'registry.terraform.io/hashicorp/aws', version: '5.100.0' };

export interface OfflineTerraform {
  terraform: string;
  version: string;
  mirror: string;
}

/** terraform on the PATH and a mirror holding the AWS provider, or why not. */
export function findOfflineTerraform(env: NodeJS.ProcessEnv = process.env): OfflineTerraform | { missing: string } {
  const version = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: { ...env, TF_CLI_CONFIG_FILE: os.devNull, CHECKPOINT_DISABLE: '1' }, timeout: 60_000 });
  if (version.error || version.status !== 0) return { missing: 'terraform is not on the PATH' };
  const mirror = env.CLDSCAN_TF_PLUGINS ?? findMirror();
  if (!mirror) return { missing: `no tf-plugins folder holding ${AWS_PROVIDER.source} ${AWS_PROVIDER.version} within three levels of / (or set CLDSCAN_TF_PLUGINS)` };
  return { terraform: 'terraform', version: (JSON.parse(version.stdout) as { terraform_version: string }).terraform_version, mirror };
}

/** `find / -maxdepth 3 -name tf-plugins`, keeping a folder that holds the AWS provider. */
function findMirror(): string | undefined {
  const holdsAws = (dir: string) => existsSync(path.join(dir, AWS_PROVIDER.source, AWS_PROVIDER.version));
  const skip = new Set(['proc', 'sys', 'dev', 'run', 'tmp']);
  let level = ['/'];
  for (let depth = 1; depth <= 3; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (!e.isDirectory() || (depth === 1 && skip.has(e.name))) continue;
        const full = path.join(dir, e.name);
        if (e.name === 'tf-plugins' && holdsAws(full)) return full;
        next.push(full);
      }
    }
    level = next;
  }
  return undefined;
}

/**
 * Registry modules cannot be downloaded offline. A module call to one of these gets, under
 * `.terraform/modules/`, a stand-in written here with the inputs the module documents, and is
 * recorded in the module manifest as the registry module, so the plan names it as Terraform does
 * for a registry module (the stand-in's internals are what the plan shows inside the call).
 */
const REGISTRY_STAND_INS: Record<string, { version: string; subdir: string; main: string }> = {
  'terraform-aws-modules/cloudwatch/aws//modules/log-group': {
    version: '4.3.0',
    subdir: 'modules/log-group',
    main: `variable "create" {
  description = "Whether to create the Cloudwatch log group"
  type        = bool
  default     = true
}

variable "name" {
  description = "A name for the log group"
  type        = string
  default     = null
}

variable "retention_in_days" {
  description = "Specifies the number of days you want to retain log events in the specified log group"
  type        = number
  default     = null
}

variable "kms_key_id" {
  description = "The ARN of the KMS Key to use when encrypting logs"
  type        = string
  default     = null
}

variable "tags" {
  description = "A map of tags to add to Cloudwatch log group"
  type        = map(string)
  default     = {}
}

resource "aws_cloudwatch_log_group" "this" {
  count = var.create ? 1 : 0

  name              = var.name
  retention_in_days = var.retention_in_days
  kms_key_id        = var.kms_key_id
  tags              = var.tags
}

output "cloudwatch_log_group_name" {
  description = "Name of Cloudwatch log group"
  value       = try(aws_cloudwatch_log_group.this[0].name, "")
}

output "cloudwatch_log_group_arn" {
  description = "ARN of Cloudwatch log group"
  value       = try(aws_cloudwatch_log_group.this[0].arn, "")
}
`,
  },
};

/** What the provider blocks get on top of their own settings (an override file): no call to AWS before the plan. */
const PROVIDER_OVERRIDE = `  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
`;

export interface PlanOptions {
  /** TF_VAR_* values for variables without a default (fake, never real secrets). */
  variables?: Record<string, string>;
}

/** Plans the root module in `moduleDir` offline and returns what `terraform show -json` prints. */
export function planOffline(tf: OfflineTerraform, moduleDir: string, options: PlanOptions = {}): string {
  const work = mkdtempSync(path.join(os.tmpdir(), 'cldscan-tf-'));
  try {
    const root = path.join(work, path.basename(moduleDir));
    cpSync(moduleDir, root, { recursive: true, filter: (src) => !/[\\/](\.terraform|plan\.json|tfplan|\.terraform\.lock\.hcl)$/.test(src) });
    const sources = tfFiles(root).map((f) => readFileSync(f, 'utf8')).join('\n');
    writeFileSync(path.join(root, 'cldscan_offline_override.tf'), overrides(sources));
    installStandIns(root, sources);
    const cliConfig = path.join(work, 'offline.tfrc');
    writeFileSync(cliConfig, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(tf.mirror)}\n    include = ["${AWS_PROVIDER.source}"]\n  }\n}\n`);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: work,
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      TF_DATA_DIR: path.join(root, '.terraform'),
      // Mock credentials through the environment: nothing of them lands in the plan.
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...Object.fromEntries(Object.entries(options.variables ?? {}).map(([k, v]) => [`TF_VAR_${k}`, v])),
    };
    const run = (args: string[], what: string) => {
      const r = spawnSync(tf.terraform, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 600_000 });
      if (r.status !== 0) throw new Error(`terraform ${what} failed in ${moduleDir}:\n${(r.stderr || r.stdout).slice(-4000)}`);
      return r.stdout;
    };
    run(['init', '-input=false', '-no-color', '-backend=false'], 'init');
    run(['plan', '-refresh=false', '-input=false', '-lock=false', '-no-color', '-out=tfplan'], 'plan');
    return run(['show', '-json', '-no-color', 'tfplan'], 'show -json');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** An override of every `provider "aws"` block (aliases included): Terraform merges it into the block. */
function overrides(sources: string): string {
  const aliases = new Set<string | undefined>([undefined]);
  for (const m of sources.matchAll(/provider\s+"aws"\s*\{([^}]*)/g)) {
    const alias = /\balias\s*=\s*"([^"]+)"/.exec(m[1]!)?.[1];
    aliases.add(alias);
  }
  return [...aliases].map((alias) => `provider "aws" {\n${alias ? `  alias                       = "${alias}"\n` : ''}${PROVIDER_OVERRIDE}}\n`).join('\n');
}

function installStandIns(root: string, sources: string): void {
  const manifest: Array<{ Key: string; Source: string; Version?: string; Dir: string }> = [{ Key: '', Source: '', Dir: '.' }];
  for (const m of sources.matchAll(/module\s+"([^"]+)"\s*\{[^}]*?\bsource\s*=\s*"([^"]+)"/g)) {
    const [, key, source] = m as unknown as [string, string, string];
    if (source.startsWith('./') || source.startsWith('../')) continue;
    const standIn = REGISTRY_STAND_INS[source];
    if (!standIn) throw new Error(`module "${key}": ${source} cannot be downloaded offline and has no stand-in in scripts/terraform-offline.ts`);
    const dir = path.join('.terraform/modules', key, standIn.subdir);
    mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, dir, 'main.tf'), standIn.main);
    manifest.push({ Key: key, Source: `registry.terraform.io/${source}`, Version: standIn.version, Dir: dir });
  }
  mkdirSync(path.join(root, '.terraform/modules'), { recursive: true });
  writeFileSync(path.join(root, '.terraform/modules/modules.json'), JSON.stringify({ Modules: manifest }));
}

function tfFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tf') && !f.startsWith('.terraform'))
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}
