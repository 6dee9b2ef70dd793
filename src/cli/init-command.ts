import { existsSync } from 'node:fs';
import { CATALOG } from '../catalog/catalog.js';
import { UserError } from '../errors.js';
import { writeAtomically } from '../output.js';
import type { Lang } from '../compliance/i18n.js';

/**
 * `cldscan init`: a starter attestations file. Every rule that needs one (organisational rules, and
 * the organisational part of partly technical ones) is listed as a commented template to fill in,
 * so the file is valid from the start and each uncommented entry is checked against the schema.
 */
export function runInitCommand(output: string, force: boolean, lang: Lang): void {
  if (existsSync(output) && !force) throw new UserError(`${output} exists: pass --force to replace it`);
  const today = new Date().toISOString().slice(0, 10);
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const intro =
    lang === 'fr'
      ? [
          '# Attestations cldscan : les preuves des règles organisationnelles pour le PAS.',
          '# Décommentez (retirez « # » en début de ligne) et complétez une entrée par règle ou par périmètre. Passée « nextReview », une attestation est expirée.',
          '# Vérifié par : cldscan report … --attestations <ce fichier>',
        ]
      : [
          '# cldscan attestations: evidence for the organisational rules, for the security assurance plan (PAS).',
          '# Uncomment (remove the leading "# ") and fill in one entry per rule or per scope. Past "nextReview", an attestation has expired.',
          '# Checked by: cldscan report … --attestations <this file>',
        ];
  const lines = ['# yaml-language-server: $schema=https://cldscan.dev/schemas/attestations.schema.json', ...intro, '', 'organisation: ""', 'attestations:', ''];
  for (const rule of CATALOG) {
    if (rule.automation === 'automated') continue;
    const kind =
      rule.automation === 'manual'
        ? lang === 'fr' ? 'organisationnelle' : 'organisational'
        : rule.automation === 'partial'
          ? lang === 'fr' ? 'partie organisationnelle' : 'organisational part'
          : lang === 'fr' ? 'héritée : certification du fournisseur cloud' : "inherited: the cloud provider's certification";
    lines.push(`  ## ${rule.id} — ${rule.title} (${kind})`);
    const organisational = (rule.covers ?? []).filter((p) => p.attestation);
    if (organisational.length) for (const p of organisational) lines.push(`  ## - ${p.text[lang]}`);
    else lines.push(`  ## ${rule.inheritedFrom?.[lang] ?? rule.summary[lang]}`);
    lines.push(`# - rule: ${rule.id}`);
    lines.push('#   document: "…"        # or url: https://…');
    lines.push('#   owner: "…"');
    lines.push(`#   date: ${today}`);
    lines.push(`#   nextReview: ${nextYear}`);
    lines.push('');
  }
  writeAtomically(output, `${lines.join('\n')}\n`);
  process.stderr.write(`cldscan: wrote ${output} (${CATALOG.filter((r) => r.automation !== 'automated').length} rules to attest)\n`);
}
