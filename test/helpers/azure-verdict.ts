import { BUILTIN_POLICIES } from '../../policies/index.js';
import { toResource } from '../../providers/azure/build.js';
import type { AzRecord } from '../../providers/azure/records.js';
import type { Resource } from '../../src/model/resource.js';
import { runPolicy } from '../../src/policy/tester.js';
import type { ScanSettings } from '../../src/settings.js';

/** One Azure record as the adapter turns it into a resource, with the detail records joined to it. */
export function build(record: AzRecord, details: AzRecord[] = []): Resource {
  const r = toResource(record, { records: details }, { input: 'test' });
  if (!r) throw new Error('no resource');
  return r;
}

/** A built-in policy's result on that resource. */
export function verdict(policy: string, record: AzRecord, details: AzRecord[] = [], settings: Partial<ScanSettings> = {}) {
  const r = build(record, details);
  return runPolicy(BUILTIN_POLICIES.find((p) => p.meta.id === policy)!, [r], settings).get(r.id);
}
