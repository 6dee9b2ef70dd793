import type { TerraformCloud } from '../../terraform/builder-types.js';
import { AWS_REGISTRY } from '../registry.js';
import { regionOf } from './index.js';
import { plannedDetection, plannedTrail } from '../../terraform/account-controls.js';

const LIVE = 'cldscan scan --aws';

/** What the Terraform adapter needs of AWS: the `aws_` types, their region, and the plan side of the registry. */
export const AWS_TERRAFORM: TerraformCloud = {
  cloud: 'aws',
  prefixes: ['aws_'],
  regionOf,
  tables: AWS_REGISTRY.plan,
  accountControls: [
    plannedTrail('cloudtrail', 'CloudTrail multi-region trail', 'every region', LIVE),
    plannedDetection('guardduty', 'GuardDuty', 'every region', LIVE),
    plannedDetection('securityhub', 'Security Hub', 'every region', LIVE),
    plannedTrail('config', 'AWS Config recorder', 'every region', LIVE),
  ],
};
