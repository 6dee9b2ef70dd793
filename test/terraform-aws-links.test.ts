import { describe, it, expect } from 'vitest';
import type { FixtureResource } from './helpers/plan-builder.js';
import { byId, resources } from './helpers/resources.js';

/** Buckets whose names are known only after apply (`bucket_prefix`): only references can link them. */
const bucket = (address: string): FixtureResource => ({
  address,
  values: { bucket_prefix: 'acme-', force_destroy: false },
  unknown: { bucket: true, arn: true, id: true, region: true, server_side_encryption_configuration: true },
});

const encryption = (address: string, ref: string, algorithm: string, key?: string): FixtureResource => ({
  address,
  values: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: algorithm, kms_master_key_id: key ?? '' }] }] },
  unknown: { bucket: true, id: true },
  expressions: { bucket: { references: [`${ref}.id`, ref] } },
});

const KEY = 'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('AWS links between resources', () => {
  it('keeps two modules declaring the same type.name apart', () => {
    const rs = resources([
      bucket('module.a.aws_s3_bucket.this'),
      encryption('module.a.aws_s3_bucket_server_side_encryption_configuration.this', 'aws_s3_bucket.this', 'aws:kms', KEY),
      bucket('module.b.aws_s3_bucket.this'),
      encryption('module.b.aws_s3_bucket_server_side_encryption_configuration.this', 'aws_s3_bucket.this', 'AES256'),
    ]);
    expect(byId(rs, 'module.a.aws_s3_bucket.this').facets.storage).toMatchObject({ key: 'customer' });
    expect(byId(rs, 'module.b.aws_s3_bucket.this').facets.storage).toMatchObject({ key: 'provider' });
    expect(byId(rs, 'module.b.aws_s3_bucket.this').facets.storage?.evidence[0]?.from).toBe('module.b.aws_s3_bucket_server_side_encryption_configuration.this');
  });

  it('links a for_each instance to its own companion', () => {
    const rs = resources([
      bucket('aws_s3_bucket.data["eu"]'),
      bucket('aws_s3_bucket.data["archive"]'),
      encryption('aws_s3_bucket_server_side_encryption_configuration.data["eu"]', 'aws_s3_bucket.data[each.key]', 'aws:kms', KEY),
      encryption('aws_s3_bucket_server_side_encryption_configuration.data["archive"]', 'aws_s3_bucket.data[each.key]', 'AES256'),
    ]);
    expect(byId(rs, 'aws_s3_bucket.data["eu"]').facets.storage).toMatchObject({ key: 'customer' });
    expect(byId(rs, 'aws_s3_bucket.data["archive"]').facets.storage).toMatchObject({ key: 'provider' });
  });

  it('links a security group rule of a module instance to the group of that instance only', () => {
    const group = (address: string): FixtureResource => ({ address, values: { name_prefix: 'app-' }, unknown: { id: true, arn: true, name: true, ingress: true, egress: true } });
    const rule = (address: string, cidr: string): FixtureResource => ({
      address,
      values: { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: [cidr] },
      unknown: { id: true, security_group_id: true },
      expressions: { security_group_id: { references: ['aws_security_group.this.id', 'aws_security_group.this'] } },
    });
    const rs = resources([
      group('module.app["blue"].aws_security_group.this'),
      rule('module.app["blue"].aws_security_group_rule.ssh', '10.0.0.0/8'),
      group('module.app["green"].aws_security_group.this'),
    ]);
    // Blue's group is managed by a separate rule; green's has no visible rules at all.
    expect(byId(rs, 'module.app["blue"].aws_security_group.this').facets.ingress?.complete).toBe(true);
    expect(byId(rs, 'module.app["green"].aws_security_group.this').facets.ingress?.complete).toBe(false);
  });
});

describe('Links: reference specificity', () => {
  it('a reference to one for_each instance does not reach the other instances', () => {
    const list = resources([
      { address: 'aws_s3_bucket.this["documents"]', values: { bucket: 'docs' }, unknown: { id: true, arn: true } },
      { address: 'aws_s3_bucket.this["exports"]', values: { bucket: 'exports' }, unknown: { id: true, arn: true } },
      {
        address: 'aws_s3_bucket_server_side_encryption_configuration.documents',
        values: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
        unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
        expressions: {
          // As Terraform writes it: the keyed reference, then the bare block address.
          bucket: { references: ['aws_s3_bucket.this["documents"].id', 'aws_s3_bucket.this["documents"]', 'aws_s3_bucket.this'] },
          rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: ['aws_kms_key.data.arn', 'aws_kms_key.data'] }, sse_algorithm: { constant_value: 'aws:kms' } }] }],
        },
      },
      { address: 'aws_kms_key.data', values: { enable_key_rotation: true }, unknown: { arn: true, id: true, key_id: true } },
    ]);
    expect(byId(list, 'aws_s3_bucket.this["documents"]').facets.storage?.key).toBe('customer');
    expect(byId(list, 'aws_s3_bucket.this["exports"]').facets.storage?.key).toBe('provider');
  });
});
