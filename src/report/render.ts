import type { Lang } from '../policy/api.js';
import type { StagedFile } from '../output.js';
import { mapFindings, type FindingSet } from './finding-spool.js';
import { localizer } from './localize.js';
import type { ScanReport } from './scan-report.js';
import { toSarif, writeSarif } from './sarif.js';
import { toJson, writeJson } from './json.js';
import { textChunks, toText, type GroupBy } from './text.js';
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

export function render(scanned: ScanReport<FindingSet>, format: Format, opts: RenderOptions): string {
  const lang = opts.lang ?? 'en';
  const report = localized(scanned, lang);
  switch (format) {
    case 'sarif':
      return toSarif(report, lang);
    case 'json':
      return toJson(report);
    case 'markdown':
      return toMarkdown(report, { lang, links: opts.links });
    case 'text':
      return toText(report, textOptions(opts, lang));
  }
}

/** The report written to a file as it is rendered, a finding at a time (the Markdown summary is bounded in size): memory does not grow with the findings. */
export async function writeReport(out: StagedFile, scanned: ScanReport<FindingSet>, format: Format, opts: RenderOptions): Promise<void> {
  const lang = opts.lang ?? 'en';
  if (format === 'sarif') await writeSarif(out, localized(scanned, lang), lang);
  else if (format === 'json') writeJson(out, localized(scanned, lang));
  else if (format === 'text') for (const chunk of textChunks(localized(scanned, lang), textOptions(opts, lang))) out.write(chunk);
  else out.write(render(scanned, format, opts));
}

function textOptions(opts: RenderOptions, lang: Lang) {
  return { color: opts.color, lang, ...(opts.groupBy ? { groupBy: opts.groupBy } : {}) };
}

function localized(scanned: ScanReport<FindingSet>, lang: Lang): ScanReport<FindingSet> {
  return lang === 'en' ? scanned : { ...scanned, findings: mapFindings(scanned.findings, localizer(scanned.policies, lang)) };
}
