import { describe, expect, it } from 'vitest';
import { moduleConfigPath, moduleInstancePath, parseAddress } from '../providers/terraform/address.js';

describe('parseAddress', () => {
  it('parses nested module instances with string and number keys', () => {
    const a = parseAddress('module.a["x"].module.b[0].aws_s3_bucket.logs["eu"]')!;
    expect(a.modules).toEqual([{ name: 'a', key: 'x' }, { name: 'b', key: 0 }]);
    expect(a).toMatchObject({ mode: 'managed', type: 'aws_s3_bucket', name: 'logs', key: 'eu' });
    expect(moduleInstancePath(a.modules)).toBe('module.a["x"].module.b[0]');
    expect(moduleConfigPath(a.modules)).toBe('a.b');
  });

  it('keeps keys holding dots, brackets and escaped quotes intact', () => {
    const a = parseAddress('module.sg["a.b[1]"].aws_security_group.this["say \\"hi\\""]')!;
    expect(a.modules[0]).toEqual({ name: 'sg', key: 'a.b[1]' });
    expect(a.key).toBe('say "hi"');
  });

  it('recognises data sources and rejects malformed addresses', () => {
    expect(parseAddress('module.m.data.aws_iam_policy_document.x')).toMatchObject({ mode: 'data', type: 'aws_iam_policy_document' });
    expect(parseAddress('aws_s3_bucket')).toBeUndefined();
    expect(parseAddress('aws_s3_bucket.a.b')).toBeUndefined();
    expect(parseAddress('aws_s3_bucket.a["x')).toBeUndefined();
  });
});
