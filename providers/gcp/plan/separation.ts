import type { DefaultNetworkFacet } from '../../../src/model/facets.js';
import type { Builder, BuilderTable } from '../../terraform/builder-types.js';
import { setting } from '../../terraform/tf-resource.js';
import { evidence, knownString } from './values.js';

/**
 * Default networks (CLD-20). A VPC named `default`, or any auto-mode VPC
 * (`auto_create_subnetworks`, true unless set to false), has a subnet in every region with the
 * default network's ranges, shared by everything placed there. A project created with
 * `auto_create_network` (true unless set to false) gets the `default` network, unless the
 * organization policy `compute.skipDefaultNetworkCreation` prevents it.
 */

const network: Builder<DefaultNetworkFacet> = (r) => {
  const name = knownString(setting(r, 'name'));
  if (name === 'default') return { label: 'VPC network', isDefault: 'yes', evidence: [evidence(r, 'name', 'default', { safe: true, note: 'the default network' })] };
  const auto = setting(r, 'auto_create_subnetworks');
  if (auto.state === 'unknown') return { label: 'VPC network', isDefault: 'unknown', evidence: [evidence(r, auto.path, undefined, { note: 'known only after apply' })] };
  if (auto.value === false) return { label: 'VPC network', isDefault: 'no', evidence: [evidence(r, auto.path, false, { note: 'custom-mode network' })] };
  return {
    label: 'auto-mode VPC network',
    isDefault: 'yes',
    evidence: [evidence(r, auto.path, true, { note: `${auto.state === 'unset' ? 'not set: true. ' : ''}auto mode, like the default network: a subnet in every region with the same ranges in every such network` })],
  };
};

const project: Builder<DefaultNetworkFacet> = (r) => {
  const auto = setting(r, 'auto_create_network');
  if (auto.state === 'unknown') return { label: 'project', isDefault: 'unknown', evidence: [evidence(r, auto.path, undefined, { note: 'known only after apply' })] };
  if (auto.value === false) return { label: 'project', isDefault: 'no', evidence: [evidence(r, auto.path, false, { note: 'the default network is deleted after the project is created' })] };
  return {
    label: 'default network of the project',
    isDefault: 'yes',
    evidence: [evidence(r, auto.path, true, { note: `${auto.state === 'unset' ? 'not set: true. ' : ''}the project is created with the default network (unless the organization policy compute.skipDefaultNetworkCreation applies)` })],
  };
};

export const separationTable: BuilderTable = {
  defaultNetwork: { google_compute_network: network, google_project: project },
};
