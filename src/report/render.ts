import type { Lang } from '../policy/api.js';
import { localizeFindings } from './localize.js';
import type { ScanReport } from './scan-report.js';
import { toSarif } from './sarif.js';
import { toJson } from './json.js';
import { toText } from './text.js';
import { toMarkdown } from './markdown.js';

export type Format = 'sarif' | 'json' | 'text' | 'markdown';

export interface RenderOptions {
  color: boolean;
  /** Language of the finding messages and of the policies' texts. */
  lang?: Lang;
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
      return toMarkdown(report);
    case 'text':
      return toText(report, opts);
  }
}
