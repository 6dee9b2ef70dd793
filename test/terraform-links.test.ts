import { describe, expect, it } from 'vitest';
import { byId, resources } from './helpers/resources.js';

const refs = (...r: string[]) => ({ references: r });

/** A bucket in module.storage encrypted with a key created in module.kms, wired through a variable and an output. */
function crossModule(opts: { keyed?: boolean } = {}) {
  const keyAddress = opts.keyed ? 'module.kms.aws_kms_key.this["storage"]' : 'module.kms.aws_kms_key.this';
  return resources(
    [
      { address: keyAddress, values: { enable_key_rotation: true }, unknown: { arn: true, id: true, key_id: true } },
      ...(opts.keyed ? [{ address: 'module.kms.aws_kms_key.this["logs"]', values: { enable_key_rotation: true }, unknown: { arn: true, id: true, key_id: true } }] : []),
      { address: 'module.storage.aws_s3_bucket.docs', values: { bucket: 'docs' }, unknown: { id: true, arn: true } },
      {
        address: 'module.storage.aws_s3_bucket_server_side_encryption_configuration.docs',
        values: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
        unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
        expressions: {
          bucket: refs('aws_s3_bucket.docs.id', 'aws_s3_bucket.docs'),
          rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: refs('var.kms_key_arn'), sse_algorithm: { constant_value: 'aws:kms' } }] }],
        },
      },
    ],
    {
      moduleArguments: { storage: { kms_key_arn: opts.keyed ? refs('module.kms.key_arns["storage"]', 'module.kms.key_arns', 'module.kms') : refs('module.kms.key_arn', 'module.kms') } },
      moduleOutputs: { kms: opts.keyed ? { key_arns: refs('aws_kms_key.this') } : { key_arn: refs('aws_kms_key.this.arn', 'aws_kms_key.this') } },
    },
  );
}

describe('Links across module boundaries', () => {
  it('follows var.x to the caller and module.m.out to the module, to the resource the value comes from', () => {
    const list = crossModule();
    expect(byId(list, 'module.storage.aws_s3_bucket.docs').facets.storage).toMatchObject({ encrypted: 'yes', key: 'customer' });
  });

  it('without the module wiring in the plan, the key owner stays unknown', () => {
    const list = resources([
      { address: 'module.storage.aws_s3_bucket.docs', values: { bucket: 'docs' }, unknown: { id: true, arn: true } },
      {
        address: 'module.storage.aws_s3_bucket_server_side_encryption_configuration.docs',
        values: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }] },
        unknown: { bucket: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
        expressions: { bucket: refs('aws_s3_bucket.docs.id', 'aws_s3_bucket.docs'), rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: refs('var.kms_key_arn') }] }] },
      },
    ]);
    expect(byId(list, 'module.storage.aws_s3_bucket.docs').facets.storage?.key).toBe('unknown');
  });

  it('reaches the instances of a for_each resource an output exposes', () => {
    const list = crossModule({ keyed: true });
    expect(byId(list, 'module.storage.aws_s3_bucket.docs').facets.storage?.key).toBe('customer');
  });
});
