/**
 * Azure ARM resource types that hold configuration of the platform, not customer data: networking
 * (traffic passes through, nothing is kept), access control and policy, identities, monitoring
 * wiring and alerts, security assessments and plans, placement constructs. Data residency leaves
 * them out. One list for both readers of ARM types: azapi resources in Terraform (`type` =
 * `Microsoft.Network/virtualNetworks@2024-05-01`) and live or offline inventories
 * (`microsoft.network/virtualnetworks`, as Resource Graph lower-cases it).
 */
export const CONTROL_PLANE_ARM_TYPES: readonly RegExp[] = [
  /^microsoft\.network\//,
  /^microsoft\.(authorization|managedidentity|policyinsights|security|advisor|maintenance|costmanagement|consumption|features|managedservices|management)\//,
  /^microsoft\.insights\/(actiongroups|activitylogalerts|metricalerts|scheduledqueryrules|autoscalesettings|diagnosticsettings|datacollectionruleassociations|privatelinkscopes)/,
  /^microsoft\.alertsmanagement\//,
  /^microsoft\.compute\/(availabilitysets|proximityplacementgroups|sshpublickeys|hostgroups|capacityreservationgroups)/,
  /^microsoft\.devtestlab\/schedules/,
  /^microsoft\.resources\/(subscriptions|deployments|tenants)$/,
  // Settings of a data store, read as records of their own (older API versions give some a `location`: a 2014-04-01
  // SQL firewall rule or security alert policy says "Japan East"): the data is in the store, placed by its own record.
  /^[^/]+\/[^/]+\/(.+\/)?(diagnosticsettings|firewallrules|virtualnetworkrules|auditingsettings|extendedauditingsettings|devopsauditingsettings|auditingpolicies|securityalertpolicies|advancedthreatprotectionsettings|vulnerabilityassessments|sqlvulnerabilityassessments|transparentdataencryption|encryptionprotector|backupshorttermretentionpolicies|backuplongtermretentionpolicies|geobackuppolicies|connectionpolicies|datamaskingpolicies|administrators|azureadonlyauthentications|configurations|config|managementpolicies|blobservices|fileservices|queueservices|tableservices|inventorypolicies|objectreplicationpolicies|networkrulesets|authorizationrules|privateendpointconnections|locks)$/,
];

/** Whether an ARM type (any case, with or without an `@api-version` suffix) is control plane. */
export function isControlPlaneArmType(type: string): boolean {
  const t = type.split('@')[0]!.trim().toLowerCase();
  return CONTROL_PLANE_ARM_TYPES.some((re) => re.test(t));
}
