import type { Evidence } from '../../../src/model/facets.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { text } from './values.js';
import { setting } from '../../terraform/tf-resource.js';
import { evidenceAt } from '../../../src/model/evidence.js';

/** `arn:aws:logs:eu-west-3:123456789012:…` (partitions aws, aws-cn, aws-us-gov…); global services leave the region empty. */
const ARN_REGION = /^arn:aws[a-z-]*:[^:]+:([a-z]{2}(?:-[a-z]+)+-\d+):/;
/** `eu-west-3a`: a region followed by one zone letter. Local Zones (`us-east-1-bos-1a`) are left to the region table. */
const AVAILABILITY_ZONE = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/;

/**
 * Where a resource lives, and why we think so:
 * 1. its own `region` argument (AWS provider 6 adds it to most resources; computed from the provider when not set);
 * 2. the region of its provider configuration (an aliased provider included);
 * 3. the region inside a known ARN;
 * 4. its availability zone without the zone letter.
 * A `region` argument that is set but unknown at plan time gives no region: the provider's would be a guess.
 */
export function locate(r: TfResource): { region: string | undefined; evidence: Evidence } {
  const own = setting(r, 'region');
  if (own.state === 'known' && typeof own.value === 'string' && own.value !== '') {
    return { region: own.value, evidence: evidenceAt('region', own.value, { safe: true }) };
  }
  if (own.state === 'unknown') return { region: undefined, evidence: { path: 'region', note: 'known after apply' } };
  if (r.providerRegion) {
    return { region: r.providerRegion, evidence: evidenceAt('provider.region', r.providerRegion, { safe: true, note: 'region of the provider configuration' }) };
  }
  const arn = text(r, 'arn');
  const fromArn = arn.state === 'known' ? ARN_REGION.exec(String(arn.value))?.[1] : undefined;
  if (fromArn) return { region: fromArn, evidence: evidenceAt('arn', fromArn, { safe: true, note: 'region taken from the ARN' }) };
  const az = text(r, 'availability_zone');
  const fromAz = az.state === 'known' ? AVAILABILITY_ZONE.exec(String(az.value))?.[1] : undefined;
  if (fromAz) return { region: fromAz, evidence: evidenceAt('availability_zone', String(az.value), { safe: true }) };
  return { region: undefined, evidence: { path: 'provider.region', note: 'the provider region is not a constant or a root-module variable' } };
}

export function regionOf(r: TfResource): string | undefined {
  return locate(r).region;
}

/** The region inside an ARN, when the service puts one there. */
export function arnRegion(arn: string): string | undefined {
  return ARN_REGION.exec(arn)?.[1];
}
