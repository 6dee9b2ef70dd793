import type { FacetName } from '../model/facets.js';
import { coverageRows, type AnyRegistry, type CoverageRow } from './cloud-registry.js';
import { EVERY_TYPE } from './builder-table.js';

const CLOUD_TITLE = { aws: 'AWS', azure: 'Azure', gcp: 'GCP' } as const;
const LIVE_SOURCE = { aws: 'AWS Config type', azure: 'Azure resource type', gcp: 'Cloud Asset type' } as const;

function facetsWhere(row: CoverageRow, test: (s: { plan: boolean; live: boolean }) => boolean): string {
  const names = (Object.entries(row.facets) as Array<[FacetName, { plan: boolean; live: boolean }]>).filter(([, s]) => test(s)).map(([f]) => f);
  return names.length ? names.sort().map((f) => `\`${f}\``).join(', ') : '—';
}

const code = (s: string) => (s === EVERY_TYPE ? 'every type' : `\`${s}\``);

/**
 * The coverage table, generated from the registries (`cldscan coverage`): for each cloud, each
 * resource type with the facets read from a Terraform plan, from the live inventory, or both.
 */
export function coverageMarkdown(registries: readonly AnyRegistry[]): string {
  const out = [
    '# What each adapter reads',
    '',
    'Generated from the facet registries (`providers/<cloud>/registry.ts`) by `cldscan coverage`; do not edit by hand.',
    'A row is one kind of resource: its type in the live inventory and the Terraform types that declare it.',
    'A facet is what the policies judge (see `src/model/facets.ts`); each is read from the plan, from the live inventory, or both.',
    '',
  ];
  for (const registry of registries) {
    const rows = coverageRows(registry);
    out.push(`## ${CLOUD_TITLE[registry.cloud]}`, '', `| ${LIVE_SOURCE[registry.cloud]} | Terraform types | Plan and live | Plan only | Live only |`, '|---|---|---|---|---|');
    for (const row of rows) {
      const live = row.live ? code(row.live) : row.plan.includes(EVERY_TYPE) ? 'every type' : '—';
      const plan = row.plan.length ? row.plan.map(code).join(', ') : '—';
      out.push(`| ${live} | ${plan} | ${facetsWhere(row, (s) => s.plan && s.live)} | ${facetsWhere(row, (s) => s.plan && !s.live)} | ${facetsWhere(row, (s) => !s.plan && s.live)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function coverageJson(registries: readonly AnyRegistry[]): string {
  return `${JSON.stringify({ clouds: registries.map((r) => ({ cloud: r.cloud, rows: coverageRows(r) })) }, null, 2)}\n`;
}
