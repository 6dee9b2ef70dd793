/**
 * The account-level controls of a cloud as a plan states them (README, "Account-level controls"):
 * a plan cannot prove that one is missing (it may be set up in another stack or by hand), so each
 * is one resource per plan and cloud, unknown, naming the live scan that settles it.
 */
import type { Facets } from '../../src/model/facets.js';

export interface PlannedControl {
  /** Path segment of the resource's id (`account:aws/guardduty`). */
  slug: string;
  facets: Facets;
}

/** A control judged by the detection facet: unknown on a plan, with the live scan that settles it. */
export function plannedDetection(slug: string, service: string, where: string, command: string): PlannedControl {
  return { slug, facets: { detection: { service, where, enabled: 'unknown', evidence: [], settle: `run \`${command}\` to verify ${service} in ${where}` } } };
}

/** An audit trail the account must have, unknown on a plan. */
export function plannedTrail(slug: string, label: string, where: string, command: string): PlannedControl {
  return {
    slug,
    facets: {
      auditTrail: { label, where, present: 'unknown', multiRegion: 'unknown', integrityValidation: 'unknown', coversAllServices: 'unknown', evidence: [], settle: `run \`${command}\` to verify that a ${label} records ${where}` },
    },
  };
}
