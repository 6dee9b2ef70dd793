import type { CloudProvider } from '../model/resource.js';

/** How a rule can be checked, as its parts say (see `covers`). */
export type Automation =
  /** Every part is verified by checks. */
  | 'automated'
  /** Some parts are verified by checks, the others need an attestation. */
  | 'partial'
  /** Organisational: the whole rule needs an attestation with evidence. */
  | 'manual'
  /** Met by the cloud provider (physical security of its data centres…): evidenced by its certifications, referenced by an attestation. */
  | 'inherited';

export interface LocalizedText {
  en: string;
  fr: string;
}

/**
 * A check that verifies a part of a rule: one policy judging one facet (`log-retention/auditTrail`).
 * A resource-level check is judged on each resource that has the facet; an account-level one is a
 * control that must exist once per account, subscription or project (in every region used, where
 * `regional` names the cloud), which a Terraform plan cannot prove: another stack may hold it.
 */
export interface CoveringCheck {
  check: string;
  scope: 'resource' | 'account';
  regional?: CloudProvider[];
  /** Settings the scan must have used at least for a pass to verify the part (the rule's own retention). */
  requires?: { minLogRetentionDays?: number };
}

/** One part of a rule's requirement: verified by its checks, or organisational (`attestation`). */
export interface CoverPart {
  text: LocalizedText;
  checks?: CoveringCheck[];
  attestation?: true;
}

export interface CatalogRule {
  /** `CLD-21`, `CL-8`. */
  id: string;
  rulebook: 'CLD' | 'CL';
  /** Section number and title as in the rulebook, e.g. `2.6 Sécurité des données`. */
  section: string;
  /** Short official title, in French, as the rulebook names the rule. */
  title: string;
  /** One line in our own words (never the rulebook text). */
  summary: LocalizedText;
  automation: Automation;
  /** Why this automation class. */
  automationReason: LocalizedText;
  /** The parts of an automated or partial rule; a manual or inherited rule is one organisational part. */
  covers?: CoverPart[];
  /** What an inherited rule is inherited from. */
  inheritedFrom?: LocalizedText;
}

export interface Rulebook {
  id: CatalogRule['rulebook'];
  title: string;
  /** The document the rules come from. */
  document: string;
  /** The version the catalog follows; null when the document states none. */
  version: string | null;
}

export interface CatalogFile {
  rulebooks: Rulebook[];
  rules: CatalogRule[];
}
