import * as cfg from '../helpers/aws-fixtures.js';
import type { FixtureResource } from '../helpers/plan-builder.js';
import { describeTwins } from '../helpers/twins.js';

/** The encryption-at-rest policy: the same estate as a plan and as an inventory (twins). */

const ebs = (encrypted: boolean): FixtureResource => ({ address: 'aws_ebs_volume.data', values: { availability_zone: 'eu-west-3a', size: 100, type: 'gp3', encrypted }, unknown: { arn: true, id: true, kms_key_id: true } });

describeTwins('encryption-at-rest', [
  { name: 'an unencrypted EBS volume', cloud: 'aws', plan: [ebs(false)], live: [cfg.volume({ id: 'vol-0data', encrypted: false })], at: { plan: 'aws_ebs_volume.data', live: 'volume/vol-0data' }, expect: { status: 'fail', messageId: 'notEncrypted' } },
]);
