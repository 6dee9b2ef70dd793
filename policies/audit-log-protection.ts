import { definePolicy, type MessageRef } from '../src/policy/api.js';

export default definePolicy({
  meta: {
    id: 'audit-log-protection',
    title: { en: 'Audit logs are protected against tampering and disclosure', fr: 'Les journaux d\'audit sont protégés contre l\'altération et la divulgation' },
    rules: ['CLD-29', 'CL-18', 'CL-19'],
    severity: 'medium',
    description: {
      en: 'Audit trails and the stores that keep them protect their integrity (CloudTrail log file validation, object lock or immutability on log buckets and storage, locked log buckets) and confidentiality (encryption with a managed key).',
      fr: 'Les pistes d\'audit et les stockages qui les gardent protègent leur intégrité (validation des fichiers journaux CloudTrail, verrouillage d\'objets ou immuabilité des buckets et du stockage de journaux, buckets de journaux verrouillés) et leur confidentialité (chiffrement par une clé gérée).',
    },
    messages: {
      lacks: { en: 'The {{store}} lacks {{missing}}.', fr: 'Il manque au stockage {{store}} : {{missing}}.' },
      unverified: { en: 'Could not verify the {{unknowns}} of the {{store}}.', fr: 'Impossible de vérifier pour le stockage {{store}} : {{unknowns}}.' },
      protected: { en: 'The {{store}} is encrypted and protected against tampering.', fr: 'Le stockage {{store}} est chiffré et protégé contre l\'altération.' },
      integrityValidation: { en: 'integrity validation', fr: 'la validation d\'intégrité' },
      encryption: { en: 'encryption', fr: 'le chiffrement' },
      immutableStorage: { en: 'immutable storage', fr: 'le stockage immuable' },
      settleProtection: { en: 'the log protection settings once applied', fr: 'les réglages de protection des journaux une fois appliqués' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Enable `enable_log_file_validation` and `kms_key_id` on trails; enable S3 Object Lock (compliance mode) on the trail bucket.',
          fr: 'Activer `enable_log_file_validation` et `kms_key_id` sur les trails ; activer S3 Object Lock (mode conformité) sur le bucket du trail.',
        },
        live: {
          en: '`aws cloudtrail update-trail --enable-log-file-validation --kms-key-id KEY`; Object Lock can only be set on new buckets: create one with `--object-lock-enabled-for-bucket`, a compliance-mode default retention, and point the trail at it.',
          fr: '`aws cloudtrail update-trail --enable-log-file-validation --kms-key-id CLÉ` ; l\'Object Lock ne se pose que sur un nouveau bucket : en créer un avec `--object-lock-enabled-for-bucket` et une rétention par défaut en mode conformité, et y diriger le trail.',
        },
      },
      azure: {
        terraform: {
          en: 'Export activity logs to a storage account with an immutability policy (time-based retention, locked) and infrastructure encryption.',
          fr: 'Exporter le journal d\'activité vers un compte de stockage avec une stratégie d\'immuabilité (rétention temporelle, verrouillée) et le chiffrement d\'infrastructure.',
        },
        live: {
          en: 'On the storage account receiving the activity log, add a locked time-based immutability policy to its container (`az storage container immutability-policy create` then `lock`); export the activity log there with a subscription diagnostic setting.',
          fr: 'Sur le compte de stockage qui reçoit le journal d\'activité, poser sur son conteneur une stratégie d\'immuabilité temporelle verrouillée (`az storage container immutability-policy create` puis `lock`) ; y exporter le journal d\'activité par un paramètre de diagnostic d\'abonnement.',
        },
      },
      gcp: {
        terraform: {
          en: 'Lock log buckets (`locked = true`) with a retention; use CMEK (`cmek_settings`) where required.',
          fr: 'Verrouiller les buckets de journaux (`locked = true`) avec une rétention ; utiliser CMEK (`cmek_settings`) si nécessaire.',
        },
        live: {
          en: '`gcloud logging buckets update BUCKET --location=LOCATION --locked` once its retention is right (a lock cannot be undone); set a CMEK key on the logging settings where required.',
          fr: '`gcloud logging buckets update BUCKET --location=EMPLACEMENT --locked` une fois sa rétention correcte (un verrou est définitif) ; poser une clé CMEK sur les paramètres de journalisation si nécessaire.',
        },
      },
    },
    facets: ['logProtection'],
  },
  check(resource) {
    const p = resource.facets.logProtection;
    if (!p) return undefined;
    const problems: MessageRef[] = [];
    const unknowns: MessageRef[] = [];
    const aspects = [
      [p.integrityValidation, 'integrityValidation'],
      [p.encrypted, 'encryption'],
      [p.immutable, 'immutableStorage'],
    ] as const;
    for (const [truth, messageId] of aspects) {
      if (truth === 'no') problems.push({ messageId });
      else if (truth === 'unknown') unknowns.push({ messageId });
    }
    const store = p.label;
    if (problems.length) return { status: 'fail', messageId: 'lacks', data: { store, missing: problems }, evidence: p.evidence };
    if (unknowns.length) return { status: 'unknown', messageId: 'unverified', data: { store, unknowns }, evidence: p.evidence, settle: p.settle ?? { messageId: 'settleProtection' } };
    return { status: 'pass', messageId: 'protected', data: { store }, evidence: p.evidence };
  },
});
