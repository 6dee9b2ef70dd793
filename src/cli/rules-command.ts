import { CATALOG } from '../catalog/rules.js';
import { BUILTIN_POLICIES } from './composition-root.js';

const NO_POLICY = {
  automated: 'not covered by a policy yet',
  partial: 'not covered by a policy yet; the organisational part needs an attestation',
  manual: 'organisational: needs an attestation',
  inherited: "inherited from the cloud provider: its certification is the evidence",
} as const;

/** `cldscan rules`: every catalog rule, how it can be checked, and the policies serving it. */
export function runRulesCommand(format: 'text' | 'json' | 'markdown', lang: 'en' | 'fr'): string {
  const servedBy = (id: string) => BUILTIN_POLICIES.filter((p) => p.meta.rules.includes(id)).map((p) => p.meta.id);
  const rows = CATALOG.map((r) => ({
    id: r.id,
    section: r.section,
    title: r.title,
    summary: r.summary[lang],
    automation: r.automation,
    automationReason: r.automationReason[lang],
    policies: servedBy(r.id),
  }));
  if (format === 'json') return `${JSON.stringify({ rules: rows }, null, 2)}\n`;
  if (format === 'markdown') {
    const lines = ['| Rule | Title | Automation | Policies | Summary |', '|---|---|---|---|---|'];
    for (const r of rows) lines.push(`| ${r.id} | ${r.title} | ${r.automation} | ${r.policies.join(', ') || '—'} | ${r.summary} |`);
    return `${lines.join('\n')}\n`;
  }
  const lines: string[] = [];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      lines.push('', section);
    }
    lines.push(`  ${r.id.padEnd(7)} ${r.automation.padEnd(9)} ${r.title}`);
    lines.push(`          ${r.summary}`);
    lines.push(`          ${r.policies.length ? `policies: ${r.policies.join(', ')}` : NO_POLICY[r.automation]}`);
  }
  return `${lines.join('\n').trimStart()}\n`;
}
