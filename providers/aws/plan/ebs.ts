/**
 * EBS encryption: a volume is encrypted when it says so, or when the account's "EBS encryption by
 * default" is on in its region. That account setting is in the plan only if the same
 * configuration manages it (`aws_ebs_encryption_by_default`); otherwise it cannot be known.
 */
import { allOf, type Evidence, type StorageFacet, type Truth } from '../../../src/model/facets.js';
import type { BuildContext } from '../../terraform/builder-types.js';
import { setting, blocks, type TfResource } from '../../terraform/tf-resource.js';
import { keyOrManaged, weakestKey, type KeyOwner } from './kms.js';
import { evidence, flag, fromResource } from './values.js';

interface Device {
  encrypted: Truth;
  key: KeyOwner;
  evidence: Evidence[];
  settle?: string;
}

/** One block device: its `encrypted` and KMS key attributes under `prefix` (`''`, `root_block_device[0].`…). */
function device(r: TfResource, ctx: BuildContext, prefix: string, encryptedAttr = 'encrypted', keyAttr = 'kms_key_id'): Device {
  const f = flag(r, `${prefix}${encryptedAttr}`);
  const ev = [evidence(r, f.attr)];
  if (f.truth === 'yes') {
    const k = keyOrManaged(r, ctx, `${prefix}${keyAttr}`);
    return { encrypted: 'yes', key: k.key, evidence: [...ev, k.evidence] };
  }
  if (f.truth === 'unknown') return { encrypted: 'unknown', key: 'unknown', evidence: ev, settle: 'the `encrypted` setting of the volume once applied' };
  // false or not set: AWS still encrypts when encryption by default is on for the account and region.
  const d = accountDefault(r, ctx);
  if (f.truth === 'no' && d.encrypted === 'unknown') {
    // An explicit `encrypted = false` asks for an unencrypted volume: judge the intent. Were the
    // account default on, AWS would encrypt anyway and the configuration would drift from it.
    return { encrypted: 'no', key: 'none', evidence: [{ ...ev[0]!, note: 'set to false; only account-level EBS encryption by default would override it' }] };
  }
  return { encrypted: d.encrypted, key: d.key, evidence: [...ev, ...d.evidence], ...(d.settle ? { settle: d.settle } : {}) };
}

function accountDefault(r: TfResource, ctx: BuildContext): Device {
  const region = ctx.regionOf(r);
  const setting_ = ctx.links.ofType('aws_ebs_encryption_by_default').find((d) => region !== undefined && ctx.regionOf(d) === region);
  const settle = `the account's EBS encryption by default in ${region ?? 'the resource region'} (aws ec2 get-ebs-encryption-by-default)`;
  if (!setting_) return { encrypted: 'unknown', key: 'unknown', evidence: [], settle };
  // `enabled` defaults to true on aws_ebs_encryption_by_default.
  const enabled = flag(setting_, 'enabled');
  const on: Truth = enabled.truth === 'unset' ? 'yes' : enabled.truth;
  const ev = [evidence(setting_, enabled.attr, { from: setting_, note: 'account-level EBS encryption by default' })];
  if (on !== 'yes') return { encrypted: on, key: on === 'no' ? 'none' : 'unknown', evidence: ev, ...(on === 'unknown' ? { settle } : {}) };
  // The default key is aws/ebs unless aws_ebs_default_kms_key names another in the same region.
  const defaultKey = ctx.links.ofType('aws_ebs_default_kms_key').find((k) => ctx.regionOf(k) === region);
  if (!defaultKey) return { encrypted: 'yes', key: 'provider', evidence: ev };
  return { encrypted: 'yes', key: 'customer', evidence: [...ev, fromResource(defaultKey, 'key_arn', 'account default EBS key')] };
}

function combine(service: string, devices: readonly Device[]): StorageFacet {
  const encrypted = allOf(devices.map((d) => d.encrypted));
  const key = encrypted === 'no' ? 'none' : weakestKey(devices.map((d) => d.key));
  const settle = devices.find((d) => d.settle)?.settle;
  return { service, encrypted, key, evidence: devices.flatMap((d) => d.evidence), ...(settle && encrypted === 'unknown' ? { settle } : {}) };
}

export function ebsVolume(r: TfResource, ctx: BuildContext): StorageFacet {
  return combine('EBS volume', [device(r, ctx, '')]);
}

/** Root and attached EBS devices of an instance: all must be encrypted. Without a root block, the root volume takes the defaults. */
export function instanceVolumes(r: TfResource, ctx: BuildContext): StorageFacet {
  const devices: Device[] = [];
  for (const name of ['root_block_device', 'ebs_block_device']) {
    const list = blocks(r, name);
    if (list === 'unknown') {
      if (setting(r, name).state === 'unknown') devices.push({ encrypted: 'unknown', key: 'unknown', evidence: [{ path: name, note: 'known after apply' }] });
      else if (name === 'root_block_device') devices.push(device(r, ctx, 'root_block_device[0].'));
      continue;
    }
    if (list.length === 0 && name === 'root_block_device') devices.push(device(r, ctx, 'root_block_device[0].'));
    list.forEach((_, i) => devices.push(device(r, ctx, `${name}[${i}].`)));
  }
  return combine('EC2 instance storage', devices);
}

/** EBS mappings of a launch template (`encrypted` is "true"/"false"/"" there). No EBS mapping: the AMI's volumes take the defaults. */
export function launchTemplateVolumes(r: TfResource, ctx: BuildContext): StorageFacet {
  const mappings = blocks(r, 'block_device_mappings');
  if (mappings === 'unknown') {
    return { service: 'launch template storage', encrypted: 'unknown', key: 'unknown', evidence: [{ path: 'block_device_mappings', note: 'known after apply' }] };
  }
  const devices: Device[] = [];
  mappings.forEach((m, i) => {
    if (Array.isArray(m.ebs) && m.ebs.length > 0) devices.push(device(r, ctx, `block_device_mappings[${i}].ebs[0].`));
  });
  if (devices.length === 0) devices.push(device(r, ctx, 'block_device_mappings[0].ebs[0].'));
  return combine('launch template storage', devices);
}
