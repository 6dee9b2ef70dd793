import type { TerraformCloud } from '../../terraform/builder-types.js';
import { AWS_REGISTRY } from '../registry.js';
import { regionOf } from './index.js';
import { plannedDetection, plannedTrail } from '../../terraform/account-controls.js';
import { RECORDER, REGIONAL_SERVICES, TRAIL } from '../knowledge/account-controls.js';

const LIVE = 'cldscan scan --aws';

/** What the Terraform adapter needs of AWS: the `aws_` types, their region, and the plan side of the registry. */
export const AWS_TERRAFORM: TerraformCloud = {
  cloud: 'aws',
  prefixes: ['aws_'],
  regionOf,
  tables: AWS_REGISTRY.plan,
  accountControls: [
    plannedTrail(TRAIL.slug, TRAIL.label, TRAIL.where, LIVE),
    ...REGIONAL_SERVICES.map((s) => plannedDetection(s.slug, s.service, 'every region', LIVE)),
    plannedTrail(RECORDER.slug, RECORDER.label, 'every region', LIVE),
  ],
};
