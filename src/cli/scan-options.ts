/** The flags of each command; kept apart from the commands so `--help` loads nothing else. */
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
  color: { type: 'boolean' as const, describe: 'Colour the text report (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it)' },
  'group-by': { choices: ['file', 'policy'] as const, describe: 'Text report: list findings under each file or under each policy (default file)' },
  'max-decompressed-mb': { type: 'number' as const, describe: 'Refuse gzip inputs that decompress to more than this many MiB (default 256)' },
  aws: { type: 'boolean' as const, group: 'Live AWS:', describe: 'Scan live AWS accounts through AWS Config (credentials from the standard AWS chain)' },
  'aws-region': { array: true as const, string: true as const, group: 'Live AWS:', describe: 'Regions to scan (default: the region of the AWS configuration)' },
  'aws-aggregator': { type: 'string' as const, group: 'Live AWS:', describe: 'AWS Config aggregator to scan an organisation through' },
  azure: { type: 'boolean' as const, group: 'Live Azure:', describe: 'Scan live Azure through Resource Graph and ARM (DefaultAzureCredential)' },
  subscription: { array: true as const, string: true as const, group: 'Live Azure:', describe: 'Subscription id to scan (repeatable)' },
  'management-group': { array: true as const, string: true as const, group: 'Live Azure:', describe: 'Management group to scan (repeatable)' },
  gcp: { type: 'boolean' as const, group: 'Live GCP:', describe: 'Scan live GCP through Cloud Asset Inventory (Application Default Credentials)' },
  scope: { array: true as const, string: true as const, group: 'Live GCP:', describe: 'projects/ID, folders/ID or organizations/ID to scan (repeatable)' },
  'gcp-list-quota': {
    type: 'number' as const,
    group: 'Live GCP:',
    describe: 'ListAssets calls a minute the quota project allows (default 100, Cloud Asset Inventory\'s quota): the scan starts no more, whatever --concurrency',
  },
  'inventory-out': { type: 'string' as const, group: 'Live scans:', describe: 'Write the live inventory here (JSON lines); live findings point at its lines' },
  concurrency: { type: 'number' as const, default: 4, group: 'Live scans:', describe: 'Accounts, regions, subscriptions or projects read at once' },
  shard: { type: 'string' as const, group: 'Live scans:', describe: 'i/n: read only this job\'s share of the accounts, subscriptions or projects (merge the reports with cldscan merge)' },
  deadline: { type: 'string' as const, group: 'Live scans:', describe: 'Time each account, subscription or project may take (15m); what is not read by then is reported unread (exit 3)' },
  'request-timeout': { type: 'string' as const, group: 'Live scans:', describe: 'Abandon (and retry) a request whose answer stops arriving for this long (60s)' },
  'connect-timeout': { type: 'string' as const, group: 'Live scans:', describe: 'Abandon (and retry) a connection not established within this time (10s)' },
  'max-attempts': { type: 'number' as const, group: 'Live scans:', describe: 'Tries of one request, the first included, before its part is reported unread (8)' },
  'max-pages': { type: 'number' as const, group: 'Live scans:', describe: 'Pages of one listing before it is cut and reported incomplete (10000)' },
  progress: { type: 'boolean' as const, group: 'Live scans:', describe: 'Show progress on standard error (default: on a terminal, outside CI)' },
  baseline: { type: 'string' as const, describe: 'A previous cldscan JSON or SARIF report: findings are marked new or unchanged' },
  'new-only': { type: 'boolean' as const, describe: 'With --baseline: report (and fail on) only findings not in the baseline' },
  commit: {
    type: 'string' as const,
    group: 'Compliance report:',
    describe: 'The commit the inputs are of, for the reports\' scope (default: $GITHUB_SHA, else the HEAD of the git repository holding --source-root)',
  },
  attestations: { type: 'string' as const, group: 'Compliance report:', describe: 'Attestations file (YAML or JSON, see schemas/attestations.schema.json) for the organisational rules' },
  lang: { choices: ['en', 'fr'] as const, default: 'en' as const, describe: 'Language of the reports: finding messages, remediation, the compliance report (rule titles stay in French)' },
  report: { type: 'string' as const, group: 'Compliance report:', describe: 'Also write the compliance matrix to this file (.html, .md, .json or .csv)' },
};

/** `cldscan report`: the scan's inputs and settings, with the compliance formats. */
export const REPORT_OPTIONS = (() => {
  const { format: _format, report: _report, color: _color, 'group-by': _groupBy, ...rest } = SCAN_OPTIONS;
  return {
    ...rest,
    format: { choices: ['html', 'markdown', 'json', 'csv'] as const, describe: 'Report format (default: from the --output extension, else markdown)' },
  };
})();

/** `cldscan init`. */
export const INIT_OPTIONS = {
  output: { alias: 'o', type: 'string' as const, default: 'cldscan-attestations.yaml', describe: 'File to write' },
  force: { type: 'boolean' as const, default: false, describe: 'Replace the file if it exists' },
  lang: { choices: ['en', 'fr'] as const, default: 'en' as const, describe: 'Language of the comments' },
};

/** `cldscan merge`. */
export const MERGE_OPTIONS = { output: { alias: 'o', type: 'string' as const, describe: 'Write the merged report here (default: standard output)' } };

/** `cldscan rules`. */
export const RULES_OPTIONS = {
  format: { choices: ['text', 'json', 'markdown'] as const, default: 'text' as const, describe: 'Output format' },
  lang: { choices: ['en', 'fr'] as const, default: 'en' as const, describe: 'Language of the summaries' },
};

/** `cldscan coverage`: what each adapter reads, as Markdown or JSON. */
export const COVERAGE_OPTIONS = {
  format: { choices: ['markdown', 'json'] as const, default: 'markdown' as const, describe: 'Output format' },
};
