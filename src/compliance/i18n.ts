/** Words of the compliance reports in English and French. Rule titles stay in French in both (they are the rulebook's). */
import { renderMessage, type Localized, type MessageData, type MessageSource } from '../policy/messages.js';

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

/** The status of one part of a rule. */
export const PART_STATUSES = ['failed', 'not-verified', 'attestation-expired', 'needs-attestation', 'verified', 'attested'] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

/** What the checks of a rule (or one check) say in one scan category. */
export type SourceStatus = 'failed' | 'not-verified' | 'verified';

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

const PART_LABELS: Record<Lang, Record<PartStatus, string>> = {
  en: { failed: 'failed', 'not-verified': 'not verified', 'attestation-expired': 'attestation expired', 'needs-attestation': 'needs an attestation', verified: 'verified', attested: 'attested' },
  fr: { failed: 'en échec', 'not-verified': 'non vérifié', 'attestation-expired': 'attestation expirée', 'needs-attestation': 'attestation nécessaire', verified: 'vérifié', attested: 'attesté' },
};

export function statusLabel(status: RuleStatus, lang: Lang): string {
  return STATUS_LABELS[lang][status];
}

export function partLabel(status: PartStatus, lang: Lang): string {
  return PART_LABELS[lang][status];
}

const EN = {
  title: 'Compliance matrix',
  rule: 'Rule',
  section: 'Section',
  ruleTitle: 'Title',
  automation: 'Checked',
  status: 'Status',
  policies: 'Policies',
  checks: 'Covering checks',
  related: 'Related policies (not covering)',
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
  reason: 'Why',
  sources: 'Sources',
  automated: 'automated',
  partial: 'partial',
  manual: 'manual',
  inherited: 'inherited',
  inheritedFrom: 'Inherited from',
  generated: 'Generated',
  incomplete: 'Scan incomplete: nothing from these parts is counted compliant',
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
  parts: 'What the rule asks, part by part',
  part: 'Part',
  verifiedBy: 'Verified by',
  organisational: 'organisational: attestation',
  perResource: 'each resource',
  perAccount: 'once per account, subscription or project',
  perRegion: 'in every region used',
  scopeTitle: 'Scope of this report',
  categories: 'Accounts, subscriptions, projects and plans read',
  category: 'Category',
  kindPlan: 'Terraform',
  kindLive: 'live estate',
  clouds: 'Clouds',
  regions: 'Regions seen',
  regionsCut: 'more not listed',
  inputs: 'Inputs read',
  commit: 'Commit',
  commitNone: 'not known',
  residency: 'Residency profile',
  rulebooks: 'Rulebooks',
  version: 'version',
  versionNone: 'no version stated in the document',
  cldscan: 'cldscan version',
  scans: 'Scans merged',
  scanned: 'Scanned',
  thisRun: 'this run',
  from: 'from',
  reading: 'Read',
  complete: 'read in full',
  partlyRead: 'read in part',
  disabled: 'Policies switched off',
  none: 'none',
  mergeNotes: 'About the merge',
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  };

const FR: Record<keyof typeof EN, string> = {
  title: 'Matrice de conformité',
  rule: 'Règle',
  section: 'Section',
  ruleTitle: 'Intitulé',
  automation: 'Vérification',
  status: 'Statut',
  policies: 'Contrôles',
  checks: 'Contrôles qui la couvrent',
  related: 'Contrôles apparentés (ne la couvrent pas)',
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
  reason: 'Pourquoi',
  sources: 'Sources',
  automated: 'automatique',
  partial: 'partielle',
  manual: 'manuelle',
  inherited: 'héritée',
  inheritedFrom: 'Héritée de',
  generated: 'Généré le',
  incomplete: 'Analyse incomplète : rien de ces parties n’est compté conforme',
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
  parts: 'Ce que demande la règle, partie par partie',
  part: 'Partie',
  verifiedBy: 'Vérifiée par',
  organisational: 'organisationnelle : attestation',
  perResource: 'chaque ressource',
  perAccount: 'une fois par compte, abonnement ou projet',
  perRegion: 'dans chaque région utilisée',
  scopeTitle: 'Périmètre de ce rapport',
  categories: 'Comptes, abonnements, projets et plans lus',
  category: 'Catégorie',
  kindPlan: 'Terraform',
  kindLive: 'environnement déployé',
  clouds: 'Clouds',
  regions: 'Régions vues',
  regionsCut: 'autres non listées',
  inputs: 'Entrées lues',
  commit: 'Commit',
  commitNone: 'inconnu',
  residency: 'Profil de localisation',
  rulebooks: 'Référentiels',
  version: 'version',
  versionNone: 'aucune version indiquée dans le document',
  cldscan: 'Version de cldscan',
  scans: 'Analyses fusionnées',
  scanned: 'Analysé le',
  thisRun: 'cette exécution',
  from: 'depuis',
  reading: 'Lecture',
  complete: 'lu entièrement',
  partlyRead: 'lu en partie',
  disabled: 'Contrôles désactivés',
  none: 'aucun',
  mergeNotes: 'À propos de la fusion',
  critical: 'critique',
  high: 'élevée',
  medium: 'moyenne',
  low: 'faible',
  };

const WORDS: Record<Lang, Words> = { en: EN, fr: FR };

export type Words = Record<keyof typeof EN, string>;

export function words(lang: Lang): Words {
  return WORDS[lang];
}

/**
 * Why a check, a part or a rule has its status, by id: the JSON report keeps the id and its data
 * (tests and tools read those), every report shows the text in its language.
 */
const REASONS = {
  // One check in one scan category.
  checkFailed: { en: '{{count}} failure(s)', fr: '{{count}} non-conformité(s)' },
  checkUnknown: { en: '{{count}} resource(s) could not be verified', fr: '{{count}} ressource(s) n’ont pas pu être vérifiées' },
  checkIncomplete: { en: 'this scope was read only in part', fr: 'ce périmètre n’a été lu qu’en partie' },
  checkNoEvidence: { en: 'nothing in this scope was judged by this check', fr: 'rien dans ce périmètre n’a été jugé par ce contrôle' },
  checkNoCloud: { en: 'cldscan has no check of this on {{clouds}}', fr: 'cldscan n’a pas de contrôle de ce point sur {{clouds}}' },
  checkNeedsLive: {
    en: 'a plan cannot prove an account-level control (another stack may hold it): needs a live scan ({{commands}})',
    fr: 'un plan ne peut prouver un contrôle de niveau compte (une autre pile peut le porter) : il faut une analyse de l’environnement déployé ({{commands}})',
  },
  checkRegionsMissing: { en: 'no evidence in region(s) {{regions}} where resources are', fr: 'aucun élément dans la ou les régions {{regions}} où se trouvent des ressources' },
  checkRegionsCut: { en: 'too many regions to tell whether every one is covered', fr: 'trop de régions pour dire si chacune est couverte' },
  checkSettingBelow: {
    en: 'the scan accepted {{setting}} {{value}}; the rule needs {{required}}',
    fr: 'l’analyse acceptait {{setting}} {{value}} ; la règle demande {{required}}',
  },
  checkPassed: { en: '{{count}} judged, none failed', fr: '{{count}} jugé(s), aucun en échec' },
  checkPassedWaived: { en: '{{count}} judged, none failed ({{waived}} accepted by waivers)', fr: '{{count}} jugé(s), aucun en échec ({{waived}} accepté(s) par dérogation)' },
  // One part.
  partVerified: { en: 'its checks pass over the whole scope', fr: 'ses contrôles réussissent sur tout le périmètre' },
  partFailed: { en: 'a check found failures', fr: 'un contrôle a relevé des non-conformités' },
  partNotVerified: { en: 'not every check could verify it over the whole scope', fr: 'ses contrôles n’ont pu le vérifier sur tout le périmètre' },
  partAttested: { en: 'covered by a valid attestation', fr: 'couverte par une attestation valide' },
  partNeedsAttestation: { en: 'organisational: needs an attestation', fr: 'organisationnelle : demande une attestation' },
  partAttestationExpired: { en: 'the attestation is past its review date', fr: 'l’attestation a dépassé sa date de revue' },
  // One rule.
  ruleFailed: { en: 'covering checks found failures: {{checks}}', fr: 'des contrôles qui la couvrent ont relevé des non-conformités : {{checks}}' },
  ruleNotVerified: { en: 'not verified over the whole scope: {{checks}}', fr: 'non vérifiée sur tout le périmètre : {{checks}}' },
  ruleNoScope: { en: 'nothing was scanned', fr: 'rien n’a été analysé' },
  ruleVerified: { en: 'every part is verified by its checks over the whole scope', fr: 'chaque partie est vérifiée par ses contrôles sur tout le périmètre' },
  ruleVerifiedAttested: {
    en: 'the technical parts are verified over the whole scope; the organisational parts are attested',
    fr: 'les parties techniques sont vérifiées sur tout le périmètre ; les parties organisationnelles sont attestées',
  },
  ruleNeedsAttestation: {
    en: 'technical parts {{verified}} are verified over the whole scope; organisational parts {{organisational}} need an attestation',
    fr: 'les parties techniques {{verified}} sont vérifiées sur tout le périmètre ; les parties organisationnelles {{organisational}} demandent une attestation',
  },
  ruleAttestationExpired: {
    en: 'technical parts {{verified}} are verified over the whole scope; the attestation of organisational parts {{organisational}} is past its review date',
    fr: 'les parties techniques {{verified}} sont vérifiées sur tout le périmètre ; l’attestation des parties organisationnelles {{organisational}} a dépassé sa date de revue',
  },
  ruleAttested: { en: 'attested', fr: 'attestée' },
  ruleAttestationMissing: { en: 'organisational rule: an attestation is needed', fr: 'règle organisationnelle : une attestation est nécessaire' },
  ruleExpired: { en: 'the attestation is past its review date', fr: 'l’attestation a dépassé sa date de revue' },
  ruleInherited: { en: 'met by the cloud provider, with a valid attestation referencing its certification', fr: 'assurée par le fournisseur cloud, avec une attestation valide qui renvoie à sa certification' },
  ruleInheritedNeedsReference: {
    en: 'met by the cloud provider: an attestation referencing its certification is needed to complete it',
    fr: 'assurée par le fournisseur cloud : une attestation renvoyant à sa certification est nécessaire pour la compléter',
  },
  ruleInheritedExpired: { en: 'met by the cloud provider; the attestation referencing its certification is past its review date', fr: 'assurée par le fournisseur cloud ; l’attestation renvoyant à sa certification a dépassé sa date de revue' },
  // The scope.
  scopeCovers: {
    en: 'This report covers only what was read: {{what}}. It says nothing about any other account, subscription, project, region or Terraform configuration.',
    fr: 'Ce rapport ne couvre que ce qui a été lu : {{what}}. Il ne dit rien d’aucun autre compte, abonnement, projet, région ni configuration Terraform.',
  },
  scopeNothing: { en: 'This report covers nothing: no input was read.', fr: 'Ce rapport ne couvre rien : aucune entrée n’a été lue.' },
  scopePlan: { en: 'the Terraform input(s) {{inputs}} (regions: {{regions}})', fr: 'la ou les entrées Terraform {{inputs}} (régions : {{regions}})' },
  scopeLive: { en: '{{what}} {{id}} (regions: {{regions}})', fr: '{{what}} {{id}} (régions : {{regions}})' },
  scopeNoRegion: { en: 'none seen', fr: 'aucune vue' },
  accountAws: { en: 'AWS account', fr: 'le compte AWS' },
  accountAzure: { en: 'Azure subscription', fr: 'l’abonnement Azure' },
  accountGcp: { en: 'GCP project', fr: 'le projet GCP' },
  accountOther: { en: 'scope', fr: 'le périmètre' },
  // Notes about a merge.
  mergeSuperseded: {
    en: '{{category}} was in two reports: the scan of {{kept}} is kept, the one of {{dropped}} is left out',
    fr: '{{category}} figurait dans deux rapports : l’analyse du {{kept}} est retenue, celle du {{dropped}} est écartée',
  },
  mergeSettings: {
    en: 'the merged scans were judged with different settings ({{what}}): each category keeps its own',
    fr: 'les analyses fusionnées ont été jugées avec des réglages différents ({{what}}) : chaque catégorie garde les siens',
  },
  mergeNoAdministrators: {
    en: 'SARIF reports do not list administrators: the list comes from the JSON reports and scans only',
    fr: 'les rapports SARIF ne listent pas les administrateurs : la liste vient des rapports JSON et des analyses seulement',
  },
} satisfies Record<string, Required<Localized>>;

export type ReasonId = keyof typeof REASONS;

/** A reason as reports keep it: the id, its data, the text in the report's language. */
export interface Reason {
  id: ReasonId;
  data?: Record<string, string | number>;
  text: string;
}

const SOURCE: MessageSource = { id: 'compliance', messages: REASONS };

export function reason(id: ReasonId, lang: Lang, data?: Record<string, string | number>): Reason {
  return { id, ...(data ? { data } : {}), text: renderMessage(SOURCE, { messageId: id, ...(data ? { data: data as MessageData } : {}) }, lang) };
}

/** The words for "AWS account", "Azure subscription"… of a category's cloud. */
export function accountWord(cloud: string, lang: Lang): string {
  const id = cloud === 'aws' ? 'accountAws' : cloud === 'azure' ? 'accountAzure' : cloud === 'gcp' ? 'accountGcp' : 'accountOther';
  return reason(id, lang).text;
}
