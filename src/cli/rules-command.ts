import { CATALOG, coveringChecks } from '../catalog/catalog.js';
import type { Lang } from '../compliance/i18n.js';
import type { CoveringCheck } from '../catalog/types.js';
import { BUILTIN_POLICIES } from './composition-root.js';

const NO_CHECK = {
  en: { manual: 'organisational: needs an attestation', inherited: 'inherited from', attestation: 'attestation', account: 'account-level', region: 'in every region' },
  fr: { manual: 'organisationnelle : demande une attestation', inherited: 'héritée de', attestation: 'attestation', account: 'niveau compte', region: 'dans chaque région' },
} as const;

/** `cldscan rules`: every catalog rule, how it can be checked, its parts and the checks covering each, and the policies naming it. */
export function runRulesCommand(format: 'text' | 'json' | 'markdown', lang: Lang): string {
  const servedBy = (id: string) => BUILTIN_POLICIES.filter((p) => p.meta.rules.includes(id)).map((p) => p.meta.id);
  const rows = CATALOG.map((r) => ({
    id: r.id,
    section: r.section,
    title: r.title,
    summary: r.summary[lang],
    automation: r.automation,
    automationReason: r.automationReason[lang],
    ...(r.inheritedFrom ? { inheritedFrom: r.inheritedFrom[lang] } : {}),
    checks: coveringChecks(r).map((c) => c.check),
    parts: (r.covers ?? []).map((p): { text: string; checks?: CoveringCheck[]; attestation?: true } => ({ text: p.text[lang], ...(p.checks ? { checks: p.checks } : { attestation: true as const }) })),
    policies: servedBy(r.id),
  }));
  if (format === 'json') return `${JSON.stringify({ rules: rows }, null, 2)}\n`;
  if (format === 'markdown') {
    const lines = ['| Rule | Title | Automation | Covering checks | Summary |', '|---|---|---|---|---|'];
    for (const r of rows) lines.push(`| ${r.id} | ${r.title} | ${r.automation} | ${r.checks.join(', ') || '—'} | ${r.summary} |`);
    return `${lines.join('\n')}\n`;
  }
  const w = NO_CHECK[lang];
  const lines: string[] = [];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      lines.push('', section);
    }
    lines.push(`  ${r.id.padEnd(7)} ${r.automation.padEnd(9)} ${r.title}`);
    lines.push(`          ${r.summary}`);
    if (r.inheritedFrom) lines.push(`          ${w.inherited}: ${r.inheritedFrom}`);
    else if (!r.parts.length) lines.push(`          ${w.manual}`);
    r.parts.forEach((p, i) => {
      const how = p.checks ? p.checks.map((c) => `${c.check}${c.scope === 'account' ? ` (${w.account}${c.regional ? `, ${w.region}` : ''})` : ''}`).join(', ') : w.attestation;
      lines.push(`          ${i + 1}. [${how}] ${p.text}`);
    });
  }
  return `${lines.join('\n').trimStart()}\n`;
}
