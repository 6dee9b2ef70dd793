/** Words of the compliance reports in English and French. Rule titles stay in French in both (they are the rulebook's). */
export type Lang = 'en' | 'fr';

export const RULE_STATUSES = [
  'non-compliant',
  'not-verified',
  'attestation-expired',
  'attestation-missing',
  'partially-verified',
  'compliant',
  'attested',
  'inherited',
] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

const STATUS_LABELS: Record<Lang, Record<RuleStatus, string>> = {
  en: {
    compliant: 'compliant',
    'non-compliant': 'non-compliant',
    'partially-verified': 'partially verified',
    'not-verified': 'not verified',
    attested: 'attested',
    'attestation-missing': 'attestation missing',
    'attestation-expired': 'attestation expired',
    inherited: 'inherited from the cloud provider',
  },
  fr: {
    compliant: 'conforme',
    'non-compliant': 'non conforme',
    'partially-verified': 'partiellement vérifié',
    'not-verified': 'non vérifié',
    attested: 'attesté',
    'attestation-missing': 'attestation manquante',
    'attestation-expired': 'attestation expirée',
    inherited: 'hérité du fournisseur cloud',
  },
};

export function statusLabel(status: RuleStatus, lang: Lang): string {
  return STATUS_LABELS[lang][status];
}

const EN = {
  title: 'Compliance matrix',
  rule: 'Rule',
  section: 'Section',
  ruleTitle: 'Title',
  automation: 'Checked',
  status: 'Status',
  policies: 'Policies',
  pass: 'pass',
  fail: 'fail',
  unknown: 'unknown',
  waived: 'waived',
  evidence: 'Evidence',
  owner: 'Owner',
  date: 'Date',
  nextReview: 'Next review',
  scope: 'Scope',
  summary: 'Summary',
  sources: 'Sources',
  overall: 'Overall',
  automated: 'automated',
  partial: 'partial',
  manual: 'manual',
  inherited: 'inherited',
  generated: 'Generated',
  incomplete: 'Scan incomplete: nothing from these parts is counted compliant',
  noResource: 'no resource of the scanned estate falls under this rule',
  failures: 'failures',
  unknowns: 'could not be verified',
  waivers: 'Waivers',
  resources: 'Resources',
  remediation: 'Remediation',
  rulebookCLD: 'Cloud hosting rules (CLD)',
  rulebookCL: 'Partner rules (CL)',
  topFailing: 'Top failing rules',
  bySeverity: 'Failures by severity',
  severity: 'Severity',
  count: 'Count',
  administrators: 'Administrators seen (CLD-16, CLD-17)',
  principal: 'Principal',
  kind: 'Kind',
  adminUndecided: 'rights not decided from the input',
  mfa: 'MFA',
  };

const FR: Record<keyof typeof EN, string> = {
  title: 'Matrice de conformité',
  rule: 'Règle',
  section: 'Section',
  ruleTitle: 'Intitulé',
  automation: 'Vérification',
  status: 'Statut',
  policies: 'Contrôles',
  pass: 'conforme',
  fail: 'non conforme',
  unknown: 'non vérifiable',
  waived: 'dérogation',
  evidence: 'Preuve',
  owner: 'Responsable',
  date: 'Date',
  nextReview: 'Prochaine revue',
  scope: 'Périmètre',
  summary: 'Résumé',
  sources: 'Sources',
  overall: 'Global',
  automated: 'automatique',
  partial: 'partielle',
  manual: 'manuelle',
  inherited: 'héritée',
  generated: 'Généré le',
  incomplete: 'Analyse incomplète : rien de ces parties n’est compté conforme',
  noResource: 'aucune ressource analysée ne relève de cette règle',
  failures: 'non-conformités',
  unknowns: 'non vérifiables',
  waivers: 'Dérogations',
  resources: 'Ressources',
  remediation: 'Remédiation',
  rulebookCLD: 'Règles d’hébergement cloud (CLD)',
  rulebookCL: 'Règles partenaires (CL)',
  topFailing: 'Règles les plus en échec',
  bySeverity: 'Non-conformités par gravité',
  severity: 'Gravité',
  count: 'Nombre',
  administrators: 'Administrateurs relevés (CLD-16, CLD-17)',
  principal: 'Compte',
  kind: 'Type',
  adminUndecided: 'droits non établis à partir des données',
  mfa: 'MFA',
  };

const WORDS: Record<Lang, Words> = { en: EN, fr: FR };


export type Words = Record<keyof typeof EN, string>;

export function words(lang: Lang): Words {
  return WORDS[lang];
}

/** Why a rule has its status, in the report's language. */
export function reason(key: ReasonKey, lang: Lang, detail = ''): string {
  const text = REASONS[lang][key];
  return detail ? `${text}: ${detail}` : text;
}

const REASONS = {
  en: {
  failures: 'policies found failures',
  unknowns: 'some resources could not be verified',
  noEvidence: 'no resource of the scanned estate falls under this rule',
  incomplete: 'the scan was incomplete',
  allPass: 'every checked resource complies',
  attested: 'attested',
  attestationExpired: 'the attestation is past its review date',
  attestationMissing: 'organisational rule: an attestation is needed',
  partialNeedsAttestation: 'the technical part complies; the organisational part needs an attestation',
  notCovered: 'no policy checks it yet: an attestation is needed',
  inherited: 'met by the cloud provider (its certification is the evidence)',
  },
  fr: {
  failures: 'des contrôles ont relevé des non-conformités',
  unknowns: 'certaines ressources n’ont pas pu être vérifiées',
  noEvidence: 'aucune ressource analysée ne relève de cette règle',
  incomplete: 'l’analyse est incomplète',
  allPass: 'toutes les ressources vérifiées sont conformes',
  attested: 'attesté',
  attestationExpired: 'l’attestation a dépassé sa date de revue',
  attestationMissing: 'règle organisationnelle : une attestation est nécessaire',
  partialNeedsAttestation: 'la partie technique est conforme ; la partie organisationnelle nécessite une attestation',
  notCovered: 'aucun contrôle automatique pour l’instant : une attestation est nécessaire',
  inherited: 'assurée par le fournisseur cloud (sa certification en est la preuve)',
  },
} as const;

export type ReasonKey = keyof (typeof REASONS)['en'];
