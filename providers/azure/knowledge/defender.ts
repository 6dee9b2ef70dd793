/** The Microsoft Defender for Cloud plans the detection rule names, by their pricing name (lower case). */
export const DEFENDER_PLANS: Readonly<Record<string, string>> = {
  virtualmachines: 'Microsoft Defender for Servers',
  storageaccounts: 'Microsoft Defender for Storage',
  sqlservers: 'Microsoft Defender for Azure SQL',
  containers: 'Microsoft Defender for Containers',
};
