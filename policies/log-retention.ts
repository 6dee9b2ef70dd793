import { definePolicy } from '../src/policy/api.js';
import { capitalise } from '../src/policy/text.js';
import type { Evidence } from '../src/model/facets.js';

export default definePolicy({
  meta: {
    id: 'log-retention',
    title: 'Logs are kept for at least 12 months',
    rules: ['CLD-28', 'CLD-29', 'CL-19'],
    severity: 'medium',
    description:
      'Log stores keep events for at least the configured minimum (365 days by default, `minLogRetentionDays`): CloudWatch log groups, the bucket a CloudTrail trail writes to, ' +
      'Azure Log Analytics workspaces and activity-log exports, GCP log buckets (`_Default` keeps 30 days unless configured). ' +
      'Audit trails record every region and keep their integrity verifiable (CloudTrail multi-region with log file validation).',
    remediation: {
      aws: 'Set `retention_in_days` to 365 or more (or 0, never expire) on log groups; make CloudTrail trails multi-region with `enable_log_file_validation = true`, and let the trail bucket lifecycle keep objects at least 365 days.',
      azure: 'Set `retention_in_days` to 365 or more on Log Analytics workspaces (or archive with `total_retention_in_days`), and export the activity log with a diagnostic setting to such a workspace.',
      gcp: 'Configure the `_Default` log bucket (`google_logging_project_bucket_config`) and custom log buckets with `retention_days` of 365 or more; enable audit configs for all services.',
    },
    fr: {
      remediation: {
        aws: 'Régler `retention_in_days` à 365 ou plus (ou 0, sans expiration) sur les groupes de journaux ; rendre les trails CloudTrail multirégions avec `enable_log_file_validation = true`, et laisser le cycle de vie du bucket du trail garder les objets au moins 365 jours.',
        azure: 'Régler `retention_in_days` à 365 ou plus sur les espaces Log Analytics (ou archiver avec `total_retention_in_days`), et exporter le journal d\'activité vers un tel espace par un paramètre de diagnostic.',
        gcp: 'Configurer le bucket de journaux `_Default` (`google_logging_project_bucket_config`) et les buckets personnalisés avec `retention_days` à 365 ou plus ; activer les configurations d\'audit pour tous les services.',
      },
    },
    facets: ['logStore', 'auditTrail'],
  },
  check(resource, { settings }) {
    const min = settings.minLogRetentionDays;
    const problems: string[] = [];
    const unknowns: string[] = [];
    const fine: string[] = [];
    const evidence: Evidence[] = [];
    let settle: string | undefined;

    const store = resource.facets.logStore;
    if (store) {
      evidence.push(...store.evidence);
      if (store.retentionDays === 'unknown') {
        unknowns.push(`the retention of the ${store.label}`);
        settle = store.settle;
      } else if (store.retentionDays === 'forever') fine.push(`the ${store.label} keeps logs indefinitely`);
      else if (store.retentionDays < min) problems.push(`the ${store.label} keeps logs ${store.retentionDays} days, less than ${min}`);
      else fine.push(`the ${store.label} keeps logs ${store.retentionDays} days`);
    }
    const trail = resource.facets.auditTrail;
    if (trail) {
      evidence.push(...trail.evidence);
      const aspects = [
        [trail.multiRegion, 'records every region', 'does not record every region'],
        [trail.integrityValidation, 'has log integrity validation', 'has no log integrity validation'],
        [trail.coversAllServices, 'covers all services', 'does not cover all services'],
      ] as const;
      for (const [truth, holds, breaks] of aspects) {
        if (truth === 'no') problems.push(`the ${trail.label} ${breaks}`);
        else if (truth === 'unknown') {
          unknowns.push(`whether the ${trail.label} ${holds}`);
          settle ??= trail.settle;
        }
      }
      if (!problems.length && !unknowns.length) fine.push(`the ${trail.label} records every region with integrity validation`);
    }
    if (!store && !trail) return undefined;
    if (problems.length) return { status: 'fail', message: `${capitalise(problems.join('; '))}.`, evidence };
    if (unknowns.length) {
      return {
        status: 'unknown',
        message: `Could not verify ${unknowns.join(' and ')}.`,
        evidence,
        settle: settle ?? 'the retention and trail settings once applied',
      };
    }
    return { status: 'pass', message: `${capitalise(fine.join('; '))}.`, evidence };
  },
});
