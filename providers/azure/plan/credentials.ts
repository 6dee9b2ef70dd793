import type { CredentialFacet } from '../../../src/model/facets.js';
import type { BuilderTable } from '../../terraform/builder-types.js';
import type { TfResource } from '../../terraform/tf-resource.js';
import { ev } from './values.js';

/**
 * Client secrets of Entra ID applications and service principals are long-lived credentials
 * (passwords that live up to two years and work from anywhere); managed identities and workload
 * identity federation need none.
 */
function clientSecret(label: string) {
  return (r: TfResource): CredentialFacet => ({
    label,
    longLivedKey: 'yes',
    evidence: [ev(r, 'end_date', { safe: true, note: 'a client secret: prefer a managed identity or workload identity federation' })],
  });
}

export const CREDENTIALS: BuilderTable = {
  credential: {
    azuread_application_password: clientSecret('application client secret'),
    azuread_service_principal_password: clientSecret('service principal client secret'),
  },
};
