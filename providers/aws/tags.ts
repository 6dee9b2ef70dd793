/**
 * Tags of a Config item, for environment separation: the item's own `tags` (snapshot, history
 * and advanced query shapes), else where the type keeps them in its configuration, since
 * BatchGetResourceConfig returns items without `tags`: EC2 `configuration.tags` and RDS
 * `supplementaryConfiguration.Tags` (`[{key, value}]`), CloudFormation-modelled types
 * `configuration.Tags` (`[{Key, Value}]`), RDS `tagList`, S3 `BucketTaggingConfiguration.tagSets`,
 * KMS `Tags` (`[{tagKey, tagValue}]`).
 */
import { conf, isRecord, list, supp, tagList, type ConfigItem } from './ci.js';

export function tagsOf(item: ConfigItem): Record<string, string> | undefined {
  if (item.tags) return item.tags;
  for (const f of [conf(item, 'tags'), conf(item, 'tagList'), supp(item, 'Tags')]) {
    const t = tagList(f.value);
    if (t) return t;
  }
  const sets = list(supp(item, 'BucketTaggingConfiguration.tagSets'));
  if (sets) {
    const out: Record<string, string> = {};
    for (const s of sets) if (isRecord(s)) Object.assign(out, tagList(s.tags) ?? {});
    if (Object.keys(out).length) return out;
  }
  return undefined;
}
