/**
 * Looking up `.tf` sources never leaves the source root, and a source tree built to break the scan
 * does not: symbolic links that lead out are not followed (a note says so), `..` module sources are
 * contained, and files that cannot be read (too large, too deep, not regular) are passed over with a
 * note while the plan is scanned as usual.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import type { ScanReport } from '../src/report/scan-report.js';
import { buildPlan } from './helpers/plan-builder.js';

let base: string;
let repo: string;
let outside: string;

function write(root: string, rel: string, text: string): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const volume = (address: string) => ({ address, values: { availability_zone: 'eu-west-3a', encrypted: false, size: 20 }, unknown: { id: true, arn: true } });
const WAIVER = '# cldscan:ignore CLD-21 until=2099-12-31 reason="from outside the repository"';

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'cldscan-containment-'));
  repo = path.join(base, 'repo');
  outside = path.join(base, 'outside');
  // Outside the repository: a module and a file that would waive the repository's findings.
  write(outside, 'module/main.tf', `${WAIVER}\nresource "aws_ebs_volume" "this" {\n  encrypted = false\n}\n`);
  write(outside, 'volumes.tf', `${WAIVER}\nresource "aws_ebs_volume" "data" {\n  encrypted = false\n}\n`);
  write(
    repo,
    'infra/main.tf',
    ['module "linked" {', '  source = "./modules/linked"', '}', '', 'module "parent" {', '  source = "../../outside/module"', '}', '', 'module "shared" {', '  source = "../shared"', '}', ''].join('\n'),
  );
  // The repository links to the outside: a module directory, a .tf file, and a directory of the tree.
  mkdirSync(path.join(repo, 'infra/modules'), { recursive: true });
  symlinkSync(path.join(outside, 'module'), path.join(repo, 'infra/modules/linked'));
  symlinkSync(path.join(outside, 'volumes.tf'), path.join(repo, 'infra/volumes.tf'));
  symlinkSync(outside, path.join(repo, 'elsewhere'));
  // A `..` source that stays inside the repository is followed.
  write(repo, 'shared/main.tf', 'resource "aws_ebs_volume" "this" {\n  encrypted = false\n}\n');
  // Files built to break a reader, elsewhere in the tree.
  write(repo, 'generated/deep.tf.json', `{"resource": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`);
  write(repo, 'generated/ok.tf', 'resource "aws_s3_bucket" "b" {}\n');
  const big = openSync(path.join(repo, 'generated/huge.tf'), 'w');
  ftruncateSync(big, 64 * 1024 * 1024);
  closeSync(big);
  spawnSync('mkfifo', [path.join(repo, 'generated/pipe.tf')]);

  const plan = buildPlan([volume('aws_ebs_volume.data'), volume('module.linked.aws_ebs_volume.this'), volume('module.parent.aws_ebs_volume.this'), volume('module.shared.aws_ebs_volume.this')], {
    moduleSources: { linked: './modules/linked', parent: '../../outside/module', shared: '../shared' },
  });
  write(repo, 'infra/plan.json', JSON.stringify(plan));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function scanRepo(): Promise<ScanReport> {
  return scan({ kinds: INPUT_KINDS, inputs: [path.join(repo, 'infra/plan.json')], sourceRoot: repo, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
}

describe('source lookup stays inside the source root', () => {
  let report: ScanReport;
  beforeAll(async () => {
    report = await scanRepo();
  });
  const encryption = (id: string) => report.findings.find((f) => f.policy === 'encryption-at-rest' && f.resource.id === id)!;
  const notes = () => report.notifications.map((n) => n.message);

  it('does not follow a module directory that is a symbolic link to the outside: the finding points at the module call', () => {
    expect(encryption('module.linked.aws_ebs_volume.this').location).toEqual({ uri: 'infra/main.tf', line: 1 });
    expect(notes()).toContainEqual(expect.stringMatching(/^source tree: infra\/modules\/linked: the source of module "linked" leads outside the source root, not followed/));
  });

  it('does not read a .tf file that links to the outside, nor take its waivers', () => {
    const data = encryption('aws_ebs_volume.data');
    expect(data.status).toBe('fail');
    expect(data.suppression).toBeUndefined();
    expect(data.location?.uri).toBe('infra/plan.json');
    expect(notes()).toContain('source tree: infra/volumes.tf: a symbolic link to outside the source root, not followed');
  });

  it('contains `..` module sources: one leading out points at the module call, one staying inside is followed', () => {
    expect(encryption('module.parent.aws_ebs_volume.this').location).toEqual({ uri: 'infra/main.tf', line: 5 });
    expect(encryption('module.parent.aws_ebs_volume.this').suppression).toBeUndefined();
    expect(encryption('module.shared.aws_ebs_volume.this').location).toEqual({ uri: 'shared/main.tf', line: 1 });
  });

  it('does not walk into a directory that links to the outside, and says so', () => {
    expect(notes()).toContain('source tree: elsewhere: a symbolic link to outside the source root, not followed');
  });

  it('scans the plan whatever else the tree holds: a deep .tf.json, a huge .tf, a FIFO named .tf are passed over with a note', () => {
    expect(report.findings.filter((f) => f.policy === 'encryption-at-rest')).toHaveLength(4);
    expect(notes()).toContainEqual(expect.stringMatching(/^source tree: generated\/deep\.tf\.json: not read: invalid JSON at line 1: nested more than 1000 levels deep$/));
    expect(notes()).toContain('source tree: generated/huge.tf: 64 MiB, larger than the 16 MiB read of a source file, not read');
    expect(notes()).toContain('source tree: generated/pipe.tf: not read: a named pipe (FIFO), not a regular file');
  });
});
