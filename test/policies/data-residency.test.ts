import * as cfg from '../helpers/aws-fixtures.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { describeTwins } from '../helpers/twins.js';

/** The data-residency policy: the same estate as a plan and as an inventory (twins). */

const bucket: FixtureResource = { address: 'aws_s3_bucket.audit', values: { bucket: 'audit-logs', force_destroy: false }, unknown: { arn: true, id: true } };
const inRegion = (region: string) => ({ providers: { aws: { name: 'aws', expressions: { region: { constant_value: region } } } } });

describeTwins('data-residency', [
  { name: 'a bucket in Paris', cloud: 'aws', plan: [bucket], planOptions: inRegion('eu-west-3'), live: [cfg.s3Bucket({ name: 'audit-logs' })], at: { plan: 'aws_s3_bucket.audit', live: ':::audit-logs' }, expect: { status: 'pass', messageId: 'inside' } },
  { name: 'a bucket in North Virginia', cloud: 'aws', plan: [bucket], planOptions: inRegion('us-east-1'), live: [cfg.s3Bucket({ name: 'audit-logs', region: 'us-east-1' })], at: { plan: 'aws_s3_bucket.audit', live: ':::audit-logs' }, expect: { status: 'fail', messageId: 'outside' } },
]);
