import { checkNamedValue, scanScript, type ScriptOptions, type SecretHit } from '../../../src/policy/secret-scan.js';

/** Compute Engine instance metadata: which keys hold scripts, which hold nothing secret, and how one entry is judged. */

/** Instance metadata keys that hold scripts or cloud-init documents, read line by line. */
export function isScriptKey(key: string): boolean {
  return /^(startup-script|shutdown-script|user-data|gce-container-declaration|windows-startup-script-(ps1|cmd|bat)|windows-shutdown-script-(ps1|cmd|bat)|sysprep-specialize-script-(ps1|cmd|bat)|kube-env|configure-sh|cloud-init)$/i.test(key) || /-script(-ps1|-cmd|-bat)?$/i.test(key);
}

/** Instance metadata keys whose values are public material or settings (SSH public keys, OS Login). */
export function isHarmlessMetadataKey(key: string): boolean {
  return /^(ssh-keys|sshKeys|block-project-ssh-keys|enable-oslogin|enable-oslogin-2fa|enable-guest-attributes|serial-port-enable|google-logging-enabled|google-monitoring-enabled|startup-script-url|shutdown-script-url|windows-keys)$/i.test(key);
}

/** One metadata entry, for plans and Cloud Asset Inventory alike: scripts line by line, other values by their name and shape. */
export function checkMetadataEntry(path: string, key: string, value: string, opts: ScriptOptions = {}): SecretHit[] {
  if (isHarmlessMetadataKey(key)) return [];
  if (isScriptKey(key)) return scanScript(path, value, opts);
  const one = checkNamedValue(path, key, value);
  return one ? [one] : [];
}
