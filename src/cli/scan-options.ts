/** `cldscan scan` flags; kept apart from the command so `--help` loads nothing else. */
export const SCAN_OPTIONS = {
  format: { choices: ['sarif', 'json', 'text', 'markdown'] as const, describe: 'Output format (default: text on a terminal, sarif otherwise)' },
  output: { alias: 'o', type: 'string' as const, describe: 'Write the report to this file (default: standard output); replaced only by a complete new report' },
  'source-root': { type: 'string' as const, default: '.', describe: 'Directory holding the .tf files; report locations are relative to it' },
  residency: { choices: ['eu', 'eu-adequate', 'fr'] as const, describe: 'Allowed data location: EU/EEA, EU/EEA + adequacy countries, or France only (default eu-adequate)' },
  'fail-on': { choices: ['critical', 'high', 'medium', 'low', 'none'] as const, describe: 'Exit 1 when a failure at or above this severity is found (default high)' },
  config: { alias: 'c', type: 'string' as const, describe: 'Configuration file (YAML or JSON, see schemas/config.schema.json)' },
  policies: { type: 'string' as const, describe: 'Directory of extra policies (.ts/.js files exporting definePolicy(...))' },
  'min-log-retention-days': { type: 'number' as const, describe: 'Minimum log retention in days (default 365)' },
  'require-customer-managed-keys': { type: 'boolean' as const, describe: 'Fail data stores encrypted with a provider-managed key' },
  color: { type: 'boolean' as const, describe: 'Colour the text report (default: when writing to a terminal)' },
};
