import { coverageJson, coverageMarkdown } from '../registry/coverage-table.js';
import { REGISTRIES } from './composition-root.js';

/** `cldscan coverage`: which facets each adapter reads, per cloud and resource type, from plans and live inventories. */
export function runCoverageCommand(format: 'markdown' | 'json'): string {
  return format === 'json' ? coverageJson(REGISTRIES) : coverageMarkdown(REGISTRIES);
}
