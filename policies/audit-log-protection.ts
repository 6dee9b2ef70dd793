import { definePolicy } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'audit-log-protection',
    title: 'Audit logs are protected against tampering and disclosure',
    rules: ['CLD-29', 'CL-18', 'CL-19'],
    severity: 'medium',
    description:
      'Audit trails and the stores that keep them protect their integrity (CloudTrail log file validation, object lock or immutability on log buckets and storage, locked log buckets) and confidentiality (encryption with a managed key).',
    remediation: {
      aws: 'Enable `enable_log_file_validation` and `kms_key_id` on trails; enable S3 Object Lock (compliance mode) on the trail bucket.',
      azure: 'Export activity logs to a storage account with an immutability policy (time-based retention, locked) and infrastructure encryption.',
      gcp: 'Lock log buckets (`locked = true`) with a retention; use CMEK (`cmek_settings`) where required.',
    },
    fr: {
      remediation: {
        aws: 'Activer `enable_log_file_validation` et `kms_key_id` sur les trails ; activer S3 Object Lock (mode conformité) sur le bucket du trail.',
        azure: 'Exporter le journal d\'activité vers un compte de stockage avec une stratégie d\'immuabilité (rétention temporelle, verrouillée) et le chiffrement d\'infrastructure.',
        gcp: 'Verrouiller les buckets de journaux (`locked = true`) avec une rétention ; utiliser CMEK (`cmek_settings`) si nécessaire.',
      },
    },
    facets: ['logProtection'],
  },
  check(resource) {
    const p = resource.facets.logProtection;
    if (!p) return undefined;
    const problems: string[] = [];
    const unknowns: string[] = [];
    const aspects = [
      [p.integrityValidation, 'integrity validation'],
      [p.encrypted, 'encryption'],
      [p.immutable, 'immutable storage'],
    ] as const;
    for (const [truth, what] of aspects) {
      if (truth === 'no') problems.push(what);
      else if (truth === 'unknown') unknowns.push(what);
    }
    if (problems.length) return { status: 'fail', message: `The ${p.label} lacks ${problems.join(', ')}.`, evidence: p.evidence };
    if (unknowns.length) return { status: 'unknown', message: `Could not verify the ${unknowns.join(', ')} of the ${p.label}.`, evidence: p.evidence, settle: p.settle ?? 'the log protection settings once applied' };
    return { status: 'pass', message: `The ${p.label} is encrypted and protected against tampering.`, evidence: p.evidence };
  },
});
