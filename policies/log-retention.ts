import { definePolicy, type MessageRef } from '../src/policy/api.js';
import type { Evidence, FacetName } from '../src/model/facets.js';
import type { Status } from '../src/model/finding.js';

export default definePolicy({
  meta: {
    id: 'log-retention',
    title: { en: 'Logs are kept for at least 12 months', fr: 'Les journaux sont conservés au moins 12 mois' },
    rules: ['CLD-28', 'CLD-29', 'CL-18', 'CL-19'],
    severity: 'medium',
    description: {
      en:
        'Log stores keep events for at least the configured minimum (365 days by default, `minLogRetentionDays`): CloudWatch log groups, the bucket a CloudTrail trail writes to, ' +
        'Azure Log Analytics workspaces and activity-log exports, GCP log buckets (`_Default` keeps 30 days unless configured). ' +
        'Audit trails record every region and keep their integrity verifiable (CloudTrail multi-region with log file validation).',
      fr:
        'Les stockages de journaux gardent les événements au moins la durée minimale configurée (365 jours par défaut, `minLogRetentionDays`) : groupes de journaux CloudWatch, bucket où écrit un trail CloudTrail, ' +
        'espaces Log Analytics et exports du journal d\'activité Azure, buckets de journaux GCP (`_Default` garde 30 jours s\'il n\'est pas configuré). ' +
        'Les pistes d\'audit couvrent toutes les régions et gardent leur intégrité vérifiable (CloudTrail multirégion avec validation des fichiers journaux).',
    },
    messages: {
      problems: { en: '{{problems}}.', fr: '{{problems}}.' },
      unverified: { en: 'Could not verify {{unknowns}}.', fr: 'Impossible de vérifier {{unknowns}}.' },
      fine: { en: '{{facts}}.', fr: '{{facts}}.' },
      retentionShort: { en: 'the {{store}} keeps logs {{days}} days, less than {{min}}', fr: 'le stockage {{store}} garde les journaux {{days}} jours, moins que {{min}}' },
      retentionForever: { en: 'the {{store}} keeps logs indefinitely', fr: 'le stockage {{store}} garde les journaux sans limite' },
      retentionDays: { en: 'the {{store}} keeps logs {{days}} days', fr: 'le stockage {{store}} garde les journaux {{days}} jours' },
      retentionUnknown: { en: 'the retention of the {{store}}', fr: 'la durée de conservation du stockage {{store}}' },
      trailNotMultiRegion: { en: 'the {{trail}} does not record every region', fr: 'la piste {{trail}} ne couvre pas toutes les régions' },
      trailNoValidation: { en: 'the {{trail}} has no log integrity validation', fr: 'la piste {{trail}} n\'a pas de validation d\'intégrité des journaux' },
      trailNotAllServices: { en: 'the {{trail}} does not cover all services', fr: 'la piste {{trail}} ne couvre pas tous les services' },
      trailMultiRegionUnknown: { en: 'whether the {{trail}} records every region', fr: 'si la piste {{trail}} couvre toutes les régions' },
      trailValidationUnknown: { en: 'whether the {{trail}} has log integrity validation', fr: 'si la piste {{trail}} a une validation d\'intégrité des journaux' },
      trailAllServicesUnknown: { en: 'whether the {{trail}} covers all services', fr: 'si la piste {{trail}} couvre tous les services' },
      trailMissing: { en: 'no {{trail}} records {{where}}', fr: 'aucune piste {{trail}} n\'enregistre {{where}}' },
      trailPresent: { en: 'a {{trail}} records {{where}}', fr: 'une piste {{trail}} enregistre {{where}}' },
      trailPresenceUnknown: { en: 'whether a {{trail}} records {{where}}', fr: 'si une piste {{trail}} enregistre {{where}}' },
      trailComplete: { en: 'the {{trail}} records every region with integrity validation', fr: 'la piste {{trail}} couvre toutes les régions avec validation d\'intégrité' },
      settleRetention: { en: 'the retention and trail settings once applied', fr: 'les réglages de conservation et de piste une fois appliqués' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Set `retention_in_days` to 365 or more (or 0, never expire) on log groups; make CloudTrail trails multi-region with `enable_log_file_validation = true`, and let the trail bucket lifecycle keep objects at least 365 days.',
          fr: 'Régler `retention_in_days` à 365 ou plus (ou 0, sans expiration) sur les groupes de journaux ; rendre les trails CloudTrail multirégions avec `enable_log_file_validation = true`, et laisser le cycle de vie du bucket du trail garder les objets au moins 365 jours.',
        },
        live: {
          en: 'Set the retention of each log group (`aws logs put-retention-policy --retention-in-days 400`); make the trail multi-region with validation (`aws cloudtrail update-trail --is-multi-region-trail --enable-log-file-validation`); keep the trail bucket lifecycle expiry at 365 days or more.',
          fr: 'Régler la conservation de chaque groupe de journaux (`aws logs put-retention-policy --retention-in-days 400`) ; rendre le trail multirégion avec validation (`aws cloudtrail update-trail --is-multi-region-trail --enable-log-file-validation`) ; garder l\'expiration du cycle de vie du bucket du trail à 365 jours ou plus.',
        },
      },
      azure: {
        terraform: {
          en: 'Set `retention_in_days` to 365 or more on Log Analytics workspaces (or archive with `total_retention_in_days`), and export the activity log with a diagnostic setting to such a workspace.',
          fr: 'Régler `retention_in_days` à 365 ou plus sur les espaces Log Analytics (ou archiver avec `total_retention_in_days`), et exporter le journal d\'activité vers un tel espace par un paramètre de diagnostic.',
        },
        live: {
          en: 'Raise the workspace retention (`az monitor log-analytics workspace update --retention-time 365`, or a longer total retention with archive); add a subscription diagnostic setting exporting the activity log to that workspace (`az monitor diagnostic-settings subscription create`).',
          fr: 'Augmenter la conservation de l\'espace (`az monitor log-analytics workspace update --retention-time 365`, ou une conservation totale plus longue avec archive) ; ajouter un paramètre de diagnostic d\'abonnement qui exporte le journal d\'activité vers cet espace (`az monitor diagnostic-settings subscription create`).',
        },
      },
      gcp: {
        terraform: {
          en: 'Configure the `_Default` log bucket (`google_logging_project_bucket_config`) and custom log buckets with `retention_days` of 365 or more; route the audit logs of every project with a `google_logging_organization_sink` (`include_children = true`) or a project sink into a store kept 365 days; enable audit configs for all services.',
          fr: 'Configurer le bucket de journaux `_Default` (`google_logging_project_bucket_config`) et les buckets personnalisés avec `retention_days` à 365 ou plus ; acheminer les journaux d\'audit de chaque projet par un `google_logging_organization_sink` (`include_children = true`) ou un récepteur de projet vers un stockage conservé 365 jours ; activer les configurations d\'audit pour tous les services.',
        },
        live: {
          en: 'Raise the retention of `_Default` and other log buckets (`gcloud logging buckets update _Default --location=global --retention-days=365`), or export the audit logs of every project with an aggregated sink (`gcloud logging sinks create NAME DESTINATION --organization=ORG_ID --include-children --log-filter=\'logName:"cloudaudit.googleapis.com"\'`) into a store kept 365 days; turn on audit logs for all services (IAM & Admin > Audit Logs, or `gcloud projects set-iam-policy` with `auditConfigs`).',
          fr: 'Augmenter la conservation de `_Default` et des autres buckets de journaux (`gcloud logging buckets update _Default --location=global --retention-days=365`), ou exporter les journaux d\'audit de chaque projet par un récepteur agrégé (`gcloud logging sinks create NOM DESTINATION --organization=ORG_ID --include-children --log-filter=\'logName:"cloudaudit.googleapis.com"\'`) vers un stockage conservé 365 jours ; activer les journaux d\'audit pour tous les services (IAM et administration > Journaux d\'audit, ou `gcloud projects set-iam-policy` avec `auditConfigs`).',
        },
      },
    },
    facets: ['logStore', 'auditTrail'],
  },
  check(resource, { settings }) {
    const min = settings.minLogRetentionDays;
    const problems: MessageRef[] = [];
    const unknowns: MessageRef[] = [];
    const fine: MessageRef[] = [];
    const evidence: Evidence[] = [];
    let settle: string | undefined;
    const outcomes: Partial<Record<FacetName, Status>> = {};

    const store = resource.facets.logStore;
    if (store) {
      evidence.push(...store.evidence);
      const data = { store: store.label };
      if (store.retentionDays === 'unknown') {
        unknowns.push({ messageId: 'retentionUnknown', data });
        settle = store.settle;
      } else if (store.retentionDays === 'forever') fine.push({ messageId: 'retentionForever', data });
      else if (store.retentionDays < min) problems.push({ messageId: 'retentionShort', data: { ...data, days: store.retentionDays, min } });
      else fine.push({ messageId: 'retentionDays', data: { ...data, days: store.retentionDays } });
      outcomes.logStore = problems.length ? 'fail' : unknowns.length ? 'unknown' : 'pass';
    }
    const trail = resource.facets.auditTrail;
    if (trail?.present !== undefined) {
      // The account's trail: whether one exists (README, "Account-level controls"); its settings are judged on the trail.
      evidence.push(...trail.evidence);
      const data = { trail: trail.label, where: trail.where ?? '' };
      if (trail.present === 'no') problems.push({ messageId: 'trailMissing', data });
      else if (trail.present === 'yes') fine.push({ messageId: 'trailPresent', data });
      else {
        unknowns.push({ messageId: 'trailPresenceUnknown', data });
        settle ??= trail.settle;
      }
      outcomes.auditTrail = trail.present === 'no' ? 'fail' : trail.present === 'yes' ? 'pass' : 'unknown';
    } else if (trail) {
      evidence.push(...trail.evidence);
      const data = { trail: trail.label };
      const before = { problems: problems.length, unknowns: unknowns.length };
      const aspects = [
        [trail.multiRegion, 'trailNotMultiRegion', 'trailMultiRegionUnknown'],
        [trail.integrityValidation, 'trailNoValidation', 'trailValidationUnknown'],
        [trail.coversAllServices, 'trailNotAllServices', 'trailAllServicesUnknown'],
      ] as const;
      for (const [truth, breaks, unsure] of aspects) {
        if (truth === 'no') problems.push({ messageId: breaks, data });
        else if (truth === 'unknown') {
          unknowns.push({ messageId: unsure, data });
          settle ??= trail.settle;
        }
      }
      const failed = problems.length > before.problems;
      const unsure = unknowns.length > before.unknowns;
      if (!failed && !unsure) fine.push({ messageId: 'trailComplete', data });
      outcomes.auditTrail = failed ? 'fail' : unsure ? 'unknown' : 'pass';
    }
    if (!store && !trail) return undefined;
    if (problems.length) return { status: 'fail', messageId: 'problems', data: { problems }, evidence, outcomes };
    if (unknowns.length) return { status: 'unknown', messageId: 'unverified', data: { unknowns }, evidence, settle: settle ?? { messageId: 'settleRetention' }, outcomes };
    return { status: 'pass', messageId: 'fine', data: { facts: fine }, evidence, outcomes };
  },
});
