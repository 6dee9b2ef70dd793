/**
 * Which Google resource types live in no region (global by nature), and which hold no customer
 * data (the control plane: grants, networks, routing, policies), so they get no data location.
 */

import { memoize } from '../../../src/bounded-memo.js';

/** Global and data-free: grants, projects, organisation policies, networks, global load balancing. */
const GLOBAL_CONTROL: readonly RegExp[] = [
  /_iam_/,
  /^google_iam_/,
  /^google_(project|folder|organization)(_|$)/,
  /^google_(org_policy|billing|access_context_manager|tags|essential_contacts|dns|monitoring)_/,
  /^google_service_account/,
  /^google_logging_(project|folder|organization|billing_account)_(sink|exclusion)$/,
  /^google_logging_metric$/,
  /^google_compute_(firewall|network|route|global_address|global_forwarding_rule|global_network_endpoint_group|global_network_endpoint|url_map|backend_service|backend_bucket|health_check|http_health_check|https_health_check|ssl_certificate|managed_ssl_certificate|ssl_policy|security_policy|instance_template|network_peering|network_firewall_policy|network_firewall_policy_rule|network_firewall_policy_association|firewall_policy|firewall_policy_rule|firewall_policy_association|project_metadata|project_metadata_item|project_default_network_tier|shared_vpc_host_project|shared_vpc_service_project)$/,
  /^google_compute_target_(http|https|ssl|tcp|grpc)_proxy$/,
];

/** Global but holding data: located through their `storage_locations`. */
const GLOBAL_DATA: readonly RegExp[] = [/^google_compute_(image|snapshot)$/];

/** Regional or zonal, yet data-free: subnets, routers, addresses, regional load balancing, attachments. */
const REGIONAL_CONTROL: readonly RegExp[] = [
  /^google_compute_(subnetwork|router|router_nat|router_interface|router_peer|address|forwarding_rule|region_url_map|region_backend_service|region_health_check|region_ssl_certificate|region_ssl_policy|region_security_policy|region_instance_template|region_target_(http|https|tcp)_proxy|network_endpoint_group|region_network_endpoint_group|network_attachment|region_network_firewall_policy|region_network_firewall_policy_rule|region_network_firewall_policy_association|vpn_gateway|ha_vpn_gateway|external_vpn_gateway|vpn_tunnel|interconnect_attachment|instance_group|attached_disk|disk_resource_policy_attachment|resource_policy|service_attachment|packet_mirroring)$/,
  /^google_(vpc_access_connector|service_networking_connection|pubsub_schema|storage_notification|storage_hmac_key|os_login_ssh_public_key|apikeys_key|endpoints_service)$/,
  /_acl$/,
  /^google_storage_(bucket|default_object|object)_access_control$/,
  /^google_logging_log_view/,
  /^google_certificate_manager_/,
  /^google_vmwareengine_network/,
];

const matches = (list: readonly RegExp[], type: string) => list.some((re) => re.test(type));

export const isGlobalType = memoize((type: string): boolean => matches(GLOBAL_CONTROL, type) || matches(GLOBAL_DATA, type));

export const isControlPlane = memoize((type: string): boolean => matches(GLOBAL_CONTROL, type) || matches(REGIONAL_CONTROL, type));
