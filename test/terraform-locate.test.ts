import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonScanner } from '../src/input/json-scan.js';
import { readPlan } from '../providers/terraform/plan-reader.js';
import { findRootModule, Locator } from '../providers/terraform/locate.js';
import { SourceIndex } from '../providers/terraform/source-index.js';
import { buildPlan, type FixtureResource } from './helpers/plan-builder.js';
import { runSync } from '../src/yield.js';

let repo: string;

function write(rel: string, text: string): void {
  const file = path.join(repo, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'cldscan-locate-'));
  write(
    'infra/main.tf',
    [
      'terraform {',
      '  required_version = ">= 1.5"',
      '}',
      '',
      'resource "aws_s3_bucket" "audit" {',
      '  bucket = "audit-logs"',
      '}',
      '',
      'module "app" {',
      '  source = "./modules/app"',
      '}',
      '',
      'module "data" {',
      '  source   = "./modules/data"',
      '  for_each = toset(["eu", "fr"])',
      '}',
      '',
      'module "vpc" {',
      '  source  = "terraform-aws-modules/vpc/aws"',
      '  version = "5.8.1"',
      '}',
      '',
      'module "escape" {',
      '  source = "../../../../../../etc"',
      '}',
      '',
    ].join('\n'),
  );
  write('infra/modules/app/main.tf', '\n\nresource "aws_s3_bucket" "this" {\n  bucket = "app"\n}\n\nmodule "db" {\n  source = "../db"\n}\n');
  write('infra/modules/data/buckets.tf', 'resource "aws_s3_bucket" "this" {\n  bucket_prefix = "data-"\n}\n');
  write('infra/modules/db/rds.tf', '# database\n\n\nresource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n');
  write('docs/unrelated.tf', 'resource "aws_s3_bucket" "audit" {}\n');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

const RESOURCES: FixtureResource[] = [
  { address: 'aws_s3_bucket.audit', values: { bucket: 'audit-logs' } },
  { address: 'module.app.aws_s3_bucket.this', values: { bucket: 'app' } },
  { address: 'module.app.module.db.aws_db_instance.main', values: { engine: 'postgres' } },
  { address: 'module.data["eu"].aws_s3_bucket.this', values: {} },
  { address: 'module.data["fr"].aws_s3_bucket.this', values: {} },
  { address: 'module.vpc.aws_vpc.this[0]', values: { cidr_block: '10.0.0.0/16' } },
  { address: 'module.escape.aws_s3_bucket.x', values: {} },
];

function locate(doc: Record<string, unknown>, planPath: string) {
  const scanner = new JsonScanner(Buffer.from(JSON.stringify(doc)), planPath);
  const read = runSync(readPlan(scanner, scanner.topLevelObject(), planPath));
  const sources = new SourceIndex(repo);
  const locator = new Locator(sources, read.config, runSync(findRootModule(sources, read.config, read.resources, planPath)));
  return new Map(read.resources.map((r) => [r.address, locator.locate(r)]));
}

describe('Locator', () => {
  const doc = buildPlan(RESOURCES, {
    moduleSources: {
      app: './modules/app',
      'app.db': '../db',
      data: './modules/data',
      vpc: 'terraform-aws-modules/vpc/aws',
      escape: '../../../../../../etc',
    },
  });

  it('finds the root module under the source root and points at resource blocks through local modules at any depth', () => {
    const at = locate(doc, path.join(os.tmpdir(), 'elsewhere', 'plan.json'));
    expect(at.get('aws_s3_bucket.audit')).toEqual({ uri: 'infra/main.tf', line: 5 });
    expect(at.get('module.app.aws_s3_bucket.this')).toEqual({ uri: 'infra/modules/app/main.tf', line: 3 });
    expect(at.get('module.app.module.db.aws_db_instance.main')).toEqual({ uri: 'infra/modules/db/rds.tf', line: 4 });
  });

  it('tells apart two modules declaring the same type.name, and points every for_each instance at the one block', () => {
    const at = locate(doc, path.join(repo, 'infra', 'plan.json'));
    expect(at.get('module.data["eu"].aws_s3_bucket.this')).toEqual({ uri: 'infra/modules/data/buckets.tf', line: 1 });
    expect(at.get('module.data["fr"].aws_s3_bucket.this')).toEqual({ uri: 'infra/modules/data/buckets.tf', line: 1 });
    expect(at.get('module.app.aws_s3_bucket.this')?.uri).toBe('infra/modules/app/main.tf');
  });

  it('points resources of a remote module, and of a module sourced outside the source root, at the module call', () => {
    const at = locate(doc, path.join(repo, 'infra', 'plan.json'));
    expect(at.get('module.vpc.aws_vpc.this[0]')).toEqual({ uri: 'infra/main.tf', line: 18 });
    expect(at.get('module.escape.aws_s3_bucket.x')).toEqual({ uri: 'infra/main.tf', line: 23 });
  });

  it('without a configuration section, still finds root resources and module calls', () => {
    const trimmed = { ...doc };
    delete trimmed.configuration;
    const at = locate(trimmed, path.join(repo, 'infra', 'plan.json'));
    expect(at.get('aws_s3_bucket.audit')).toEqual({ uri: 'infra/main.tf', line: 5 });
    expect(at.get('module.app.module.db.aws_db_instance.main')).toEqual({ uri: 'infra/main.tf', line: 9 });
  });
});
