/**
 * The account-level controls (README, "Account-level controls") of the accounts read through an AWS
 * Config aggregator, from what the aggregator shows.
 *
 * An aggregator holds what each member's own recorder recorded, no more: a GuardDuty detector it
 * does not hold may exist unrecorded (the member's recorder does not record the type, is stopped, or
 * is missing). What it records is visible only through the recorder's own configuration item
 * (`AWS::Config::ConfigurationRecorder`), so, in a region whose collection SUCCEEDED
 * (DescribeConfigurationAggregatorSourcesStatus):
 * - a detector or hub the aggregator holds passes;
 * - one it does not hold fails only when the member's recorder item says it records that type and
 *   is recording; without that item the absence proves nothing: unknown, with what settles it;
 * - the recorder passes or fails on its item (`Recording`), and is unknown without one.
 * A FAILED source is not judged at all (already reported incomplete); an OUTDATED one, or a region
 * whose status is not known, leaves every control unknown: data not the latest is no proof of
 * presence nor of absence. Amazon Inspector is read with its own API, whatever the source status,
 * and is unknown for the accounts the caller may not see (it is not Inspector's delegated
 * administrator).
 */
import type { InspectorRead, RegionInventory } from './facts.js';
import { CONTROL_TYPES, recorderFromItem } from './account-controls.js';
import { isDeleted, type ConfigItem } from './ci.js';
import { RECORDER } from './knowledge/account-controls.js';

/** The types the aggregator is asked for per account: the controls' and the recorder's own. */
export const AGGREGATOR_CONTROL_TYPES: readonly string[] = [...CONTROL_TYPES, RECORDER.type];

export type UpdateStatus = 'SUCCEEDED' | 'FAILED' | 'OUTDATED';

export interface SourceStatus {
  status: UpdateStatus;
  code?: string;
  at?: Date;
}

/** The aggregator's sources, per account and region; an organisation source stands for every account of it in its region. */
export class SourceStatuses {
  private readonly accounts = new Map<string, Map<string, SourceStatus>>();
  private readonly organisation = new Map<string, SourceStatus>();
  /** Why the statuses are not known, when they could not be read. */
  unread: string | undefined;

  add(s: { SourceId?: string; SourceType?: string; AwsRegion?: string; LastUpdateStatus?: string; LastErrorCode?: string; LastUpdateTime?: Date }): void {
    if (!s.SourceId || !s.AwsRegion || !['SUCCEEDED', 'FAILED', 'OUTDATED'].includes(s.LastUpdateStatus ?? '')) return;
    const status: SourceStatus = { status: s.LastUpdateStatus as UpdateStatus, ...(s.LastErrorCode ? { code: s.LastErrorCode } : {}), ...(s.LastUpdateTime ? { at: s.LastUpdateTime } : {}) };
    if (/^\d{12}$/.test(s.SourceId)) {
      const regions = this.accounts.get(s.SourceId) ?? this.accounts.set(s.SourceId, new Map()).get(s.SourceId)!;
      regions.set(s.AwsRegion, status);
    } else {
      this.organisation.set(s.AwsRegion, status);
    }
  }

  /** The account sources listed (a source whose collection failed may hold no data at all). */
  listedAccounts(): string[] {
    return [...this.accounts.keys()];
  }

  /** The account's regions the status list names. */
  regionsOf(account: string): string[] {
    return [...(this.accounts.get(account)?.keys() ?? []), ...this.organisation.keys()];
  }

  of(account: string, region: string): SourceStatus | undefined {
    return this.accounts.get(account)?.get(region) ?? this.organisation.get(region);
  }

  /** Regions whose last collection from the account did not succeed, with the status. */
  notSucceeded(account: string, status: Exclude<UpdateStatus, 'SUCCEEDED'>): Array<{ region: string; code: string | undefined; at: Date | undefined }> {
    return [...(this.accounts.get(account) ?? [])].filter(([, s]) => s.status === status).map(([region, s]) => ({ region, code: s.code, at: s.at }));
  }
}

/**
 * The regions of one account to judge, each with what the aggregator shows there: the controls it
 * holds (`items`: the account's rows of AGGREGATOR_CONTROL_TYPES) and its recorder, with Inspector's
 * state. `regions`: where the account has data or a source status; FAILED ones are left out.
 */
export function regionsFromAggregator(account: string, regions: Iterable<string>, statuses: SourceStatuses, items: readonly ConfigItem[], inspector: ReadonlyMap<string, InspectorRead>): Map<string, RegionInventory> {
  const out = new Map<string, RegionInventory>();
  for (const region of [...new Set(regions)].filter((r) => r !== 'global').sort()) {
    const source = statuses.of(account, region);
    if (source?.status === 'FAILED') continue;
    const here = items.filter((i) => i.awsRegion === region && !isDeleted(i));
    const recorderItem = here.find((i) => i.resourceType === RECORDER.type);
    const state = inspector.get(region) ?? { unread: `Amazon Inspector's status in ${region} was not read` };
    if (source?.status !== 'SUCCEEDED') {
      const unread = source
        ? `the aggregator's data from ${region} is outdated (last collected ${source.at?.toISOString() ?? 'at an unknown time'}): neither presence nor absence is proven`
        : `the aggregator's collection status of ${region} is not known (${statuses.unread ?? 'the source is not listed'})`;
      out.set(region, { recorder: { unread }, present: [], inspector: state });
      continue;
    }
    out.set(region, {
      recorder: recorderItem
        ? recorderFromItem(recorderItem.configuration, recorderItem.capturedAt)
        : { unread: `the aggregator holds no ${RECORDER.type} of the account in ${region}: what its recorder records, and whether it records, is not visible` },
      present: CONTROL_TYPES.filter((t) => here.some((i) => i.resourceType === t)),
      inspector: state,
    });
  }
  return out;
}
