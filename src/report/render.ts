import type { Lang } from '../policy/api.js';
import { localizeFindings } from './localize.js';
import type { ScanReport } from './scan-report.js';
import { toSarif } from './sarif.js';
import { toJson } from './json.js';
import { toText, type GroupBy } from './text.js';
import { toMarkdown, type BlobLinks } from './markdown.js';

export type Format = 'sarif' | 'json' | 'text' | 'markdown';

export interface RenderOptions {
  color: boolean;
  /** Language of the finding messages, of the policies' texts and of the reports' own words. */
  lang?: Lang;
  /** Text report: findings under each file or each policy. */
  groupBy?: GroupBy;
  /** Markdown: where `.tf` locations link to. */
  links?: BlobLinks | undefined;
}

export function render(scanned: ScanReport, format: Format, opts: RenderOptions): string {
  const lang = opts.lang ?? 'en';
  const report = lang === 'en' ? scanned : { ...scanned, findings: localizeFindings(scanned.findings, scanned.policies, lang) };
  switch (format) {
    case 'sarif':
      return toSarif(report, lang);
    case 'json':
      return toJson(report);
    case 'markdown':
      return toMarkdown(report, { lang, links: opts.links });
    case 'text':
      return toText(report, { color: opts.color, lang, ...(opts.groupBy ? { groupBy: opts.groupBy } : {}) });
  }
}
