/** How a rule can be checked. */
export type Automation =
  /** Entirely technical: a machine can decide it from configuration. */
  | 'automated'
  /** Some aspects are technical, the rest organisational. */
  | 'partial'
  /** Organisational: needs an attestation with evidence. */
  | 'manual'
  /** Met by the cloud provider (physical security of its data centres…): evidence is the provider's certification. */
  | 'inherited';

export interface CatalogRule {
  /** `CLD-21`, `CL-8`. */
  id: string;
  rulebook: 'CLD' | 'CL';
  /** Section number and title as in the rulebook, e.g. `2.6 Cryptographie`. */
  section: string;
  /** Short official title, in French, as the rulebook names the rule. */
  title: string;
  /** One line in our own words (never the rulebook text). */
  summary: { en: string; fr: string };
  automation: Automation;
  /** Why this automation class. */
  automationReason: { en: string; fr: string };
}
