import type { ScanReport } from './scan-report.js';
import { toSarif } from './sarif.js';
import { toJson } from './json.js';
import { toText } from './text.js';
import { toMarkdown } from './markdown.js';

export type Format = 'sarif' | 'json' | 'text' | 'markdown';

export function render(report: ScanReport, format: Format, opts: { color: boolean }): string {
  switch (format) {
    case 'sarif':
      return toSarif(report);
    case 'json':
      return toJson(report);
    case 'markdown':
      return toMarkdown(report);
    case 'text':
      return toText(report, opts);
  }
}
