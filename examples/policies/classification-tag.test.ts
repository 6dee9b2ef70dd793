// The policy's tests, written the way ESLint's RuleTester tests a rule: run them with vitest (or jest, mocha).
import { describe, it } from 'vitest';
import { RuleTester } from 'cldscan/testing';
import classificationTag from './classification-tag.js';

RuleTester.describe = describe;
RuleTester.it = it;

const bucket = (tags?: Record<string, string>) => ({
  id: 'aws_s3_bucket.reports',
  nativeType: 'aws_s3_bucket',
  facets: { storage: { service: 'S3 bucket', encrypted: 'yes' as const, key: 'provider' as const, evidence: [] } },
  ...(tags ? { tags } : {}),
});

new RuleTester().run(classificationTag, {
  pass: [
    { resource: bucket({ classification: 'internal' }), messageId: 'classified', data: { value: 'internal' } },
    { name: 'tag keys compare without case', resource: bucket({ Classification: 'Confidential' }), messageId: 'classified' },
  ],
  fail: [
    { resource: bucket(), messageId: 'missing', data: { tag: 'classification' } },
    { resource: bucket({ classification: 'top' }), messageId: 'unknownValue', data: { value: 'top' } },
  ],
  notApplicable: [{ name: 'not a data store', resource: { facets: { defaultNetwork: { label: 'VPC', isDefault: 'no', evidence: [] } } } }],
});
