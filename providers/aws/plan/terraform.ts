import type { TerraformCloud } from '../../terraform/builder-types.js';
import { AWS_REGISTRY } from '../registry.js';
import { regionOf } from './index.js';

/** What the Terraform adapter needs of AWS: the `aws_` types, their region, and the plan side of the registry. */
export const AWS_TERRAFORM: TerraformCloud = { cloud: 'aws', prefixes: ['aws_'], regionOf, tables: AWS_REGISTRY.plan };
