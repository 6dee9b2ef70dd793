/**
 * The controls an account must have (README, "Account-level controls"), judged on the account: in
 * each region read, GuardDuty and Security Hub (detection) and a recording AWS Config recorder (the
 * audit trail of configuration changes) and Amazon Inspector (vulnerability scanning); once for every region, a multi-region CloudTrail trail. A
 * control missing from an inventory that would show it fails; one the inventory cannot tell about
 * (the recorder does not record its type, the recorder or the trail list could not be read) is
 * unknown with what would settle it. Regions that were not read are not here at all: their read was
 * already reported incomplete.
 */
import type { AuditTrailFacet, DetectionFacet, Evidence, Truth, VulnerabilityScanFacet } from '../../src/model/facets.js';
import type { Resource } from '../../src/model/resource.js';
import type { AccountFacts, InspectorState, RecorderState, RegionInventory } from './facts.js';
import { INSPECTOR, RECORDER, REGIONAL_SERVICES, TRAIL, type RegionalService } from './knowledge/account-controls.js';

/** The types the account controls look for, which a region's resource counts must report even when cldscan judges no item of them. */
export const CONTROL_TYPES: readonly string[] = REGIONAL_SERVICES.map((s) => s.type);

/** Whether the recorder records a type now: only then does its absence from the inventory mean the resource does not exist. */
function records(recorder: RecorderState, type: string): boolean {
  if (recorder.recording !== 'yes' || !recorder.scope) return false;
  const listed = recorder.scope.types.includes(type);
  return recorder.scope.mode === 'all' || (recorder.scope.mode === 'only' ? listed : !listed);
}

function serviceIn(s: RegionalService, region: string, inv: RegionInventory): DetectionFacet {
  const base = { service: s.service, where: region };
  if (inv.present.includes(s.type)) return { ...base, enabled: 'yes', evidence: [{ path: s.type, note: `AWS Config holds a ${s.type} in ${region}` }] };
  if ('unread' in inv.recorder) {
    return { ...base, enabled: 'unknown', evidence: [{ path: s.type, value: null, note: inv.recorder.unread }], settle: `${s.command} --region ${region}, or the AWS Config recorder of the region` };
  }
  if (records(inv.recorder, s.type)) {
    return { ...base, enabled: 'no', evidence: [...inv.recorder.evidence, { path: s.type, value: null, note: `the recorder records ${s.type} and holds none in ${region}` }] };
  }
  return {
    ...base,
    enabled: 'unknown',
    evidence: [...inv.recorder.evidence, { path: s.type, value: null, note: `the recorder of ${region} does not record ${s.type}` }],
    settle: `${s.command} --region ${region}, or record ${s.type} in AWS Config`,
  };
}

/** The recorder as an audit trail of the region's configuration changes (CLD-28: the activity on the account). */
function recorderIn(region: string, inv: RegionInventory): AuditTrailFacet {
  const base = { label: RECORDER.label, where: region, multiRegion: 'unknown', integrityValidation: 'unknown', coversAllServices: 'unknown' } as const;
  if ('unread' in inv.recorder) {
    return { ...base, present: 'unknown', evidence: [{ path: 'DescribeConfigurationRecorderStatus', value: null, note: inv.recorder.unread }], settle: `aws configservice describe-configuration-recorder-status --region ${region}` };
  }
  return { ...base, present: inv.recorder.recording, evidence: inv.recorder.evidence };
}

/**
 * Inspector's scanning of the region's instances and images: on when every scanned type is ENABLED,
 * off when one is not (DISABLED, being disabled, suspended); unknown while it is being enabled or
 * when the status could not be read.
 */
function inspectorIn(region: string, state: InspectorState | { unread: string }): VulnerabilityScanFacet {
  const label = `account in ${region} (${INSPECTOR.label}: ${INSPECTOR.types.map((t) => t.toUpperCase()).join(', ')})`;
  const settle = `${INSPECTOR.command} --region ${region}`;
  if ('unread' in state) return { label, enabled: 'unknown', evidence: [{ path: 'BatchGetAccountStatus', value: null, note: state.unread }], settle };
  const evidence = INSPECTOR.types.map((t): Evidence => ({ path: `resourceState.${t}.status`, value: state[t] ?? null }));
  const statuses = INSPECTOR.types.map((t) => state[t]);
  if (statuses.every((s) => s === 'ENABLED')) return { label, enabled: 'yes', evidence };
  if (statuses.some((s) => s !== undefined && s !== 'ENABLED' && s !== 'ENABLING')) return { label, enabled: 'no', evidence };
  return { label, enabled: 'unknown', evidence, settle };
}

/** Whether a trail records every region: a multi-region trail listed by CloudTrail or recorded by AWS Config. */
export function trailCoverage(facts: AccountFacts): AuditTrailFacet {
  const base = { label: TRAIL.label, where: TRAIL.where, multiRegion: 'unknown', integrityValidation: 'unknown', coversAllServices: 'unknown' } as const;
  const listed = 'unread' in facts.trailList ? undefined : facts.trailList;
  const seen = [...new Set([...(listed?.multiRegion ?? []), ...facts.multiRegionTrails])].sort();
  if (seen.length) return { ...base, present: 'yes', evidence: seen.slice(0, 5).map((arn): Evidence => ({ path: 'isMultiRegionTrail', value: true, from: arn })) };
  if (listed) {
    const note = listed.singleRegion.length ? `${listed.singleRegion.length} single-region trail(s) only` : 'no trail';
    return { ...base, present: 'no', evidence: [{ path: 'DescribeTrails.trailList', value: null, note }] };
  }
  const why = 'unread' in facts.trailList ? facts.trailList.unread : '';
  return { ...base, present: 'unknown', evidence: [{ path: 'DescribeTrails.trailList', value: null, note: why }], settle: 'the trails of the account (aws cloudtrail describe-trails), read by `cldscan scan --aws` with the account\'s credentials' };
}

/** The account's regional controls, one resource per service and region read. */
export function regionalControls(facts: AccountFacts, accountArn: string, source: Resource['source']): Resource[] {
  const out: Resource[] = [];
  for (const [region, inv] of [...facts.regionsRead].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const controls: Array<[string, Resource['facets']]> = [[RECORDER.slug, { auditTrail: recorderIn(region, inv) }], ...REGIONAL_SERVICES.map((s): [string, Resource['facets']] => [s.slug, { detection: serviceIn(s, region, inv) }])];
    if (inv.inspector) controls.push([INSPECTOR.slug, { vulnerabilityScan: inspectorIn(region, inv.inspector) }]);
    for (const [slug, facets] of controls) {
      out.push({ id: `${accountArn}/${slug}/${region}`, provider: 'aws', nativeType: 'AWS::::Account', region, source: { ...source }, facets });
    }
  }
  return out;
}

interface RecordingGroup {
  allSupported?: boolean;
  resourceTypes?: string[];
  exclusionByResourceTypes?: { resourceTypes?: string[] };
  recordingStrategy?: { useOnly?: string };
}

/** The types a recording group records: every supported one, only those listed, or all but those listed; undefined when it does not say. */
function scopeOf(g: RecordingGroup | undefined): RecorderState['scope'] {
  const strategy = g?.recordingStrategy?.useOnly;
  if (g?.allSupported === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES') return { mode: 'all', types: [] };
  if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') return { mode: 'except', types: g?.exclusionByResourceTypes?.resourceTypes ?? [] };
  return g?.resourceTypes ? { mode: 'only', types: g.resourceTypes } : undefined;
}

/** The recorder as DescribeConfigurationRecorders and DescribeConfigurationRecorderStatus say it (the first recorder: a region has one). */
export function recorderFrom(recorders: ReadonlyArray<{ name?: string; recordingGroup?: RecordingGroup }>, statuses: ReadonlyArray<{ name?: string; recording?: boolean }>): RecorderState {
  const rec = recorders[0];
  if (!rec) return { recording: 'no', evidence: [{ path: 'DescribeConfigurationRecorders.ConfigurationRecorders', value: null, note: 'no configuration recorder' }] };
  const status = statuses.find((s) => s.name === rec.name) ?? statuses[0];
  const recording: Truth = status?.recording === true ? 'yes' : status?.recording === false ? 'no' : 'unknown';
  const scope = scopeOf(rec.recordingGroup);
  return {
    recording,
    ...(scope ? { scope } : {}),
    evidence: [{ path: 'DescribeConfigurationRecorderStatus.recording', value: status?.recording ?? null, note: `recorder ${rec.name ?? ''}` }],
  };
}

/**
 * The recorder as AWS Config recorded it (`AWS::Config::ConfigurationRecorder`, capitalised as
 * CloudFormation spells it: `Recording`, `RecordingGroup.AllSupported`…): what an aggregator shows
 * of a member account's recorder. A field the item lacks is unknown, never assumed.
 */
export function recorderFromItem(configuration: unknown, capturedAt: number | undefined): RecorderState {
  const c = (typeof configuration === 'object' && configuration !== null ? configuration : {}) as { Name?: string; Recording?: boolean; RecordingGroup?: { AllSupported?: boolean; ResourceTypes?: string[]; ExclusionByResourceTypes?: { ResourceTypes?: string[] }; RecordingStrategy?: { UseOnly?: string } } };
  const g = c.RecordingGroup;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : undefined);
  const resourceTypes = strings(g?.ResourceTypes);
  const excluded = strings(g?.ExclusionByResourceTypes?.ResourceTypes);
  const scope = scopeOf(
    g && {
      ...(typeof g.AllSupported === 'boolean' ? { allSupported: g.AllSupported } : {}),
      ...(resourceTypes ? { resourceTypes } : {}),
      ...(excluded ? { exclusionByResourceTypes: { resourceTypes: excluded } } : {}),
      ...(typeof g.RecordingStrategy?.UseOnly === 'string' ? { recordingStrategy: { useOnly: g.RecordingStrategy.UseOnly } } : {}),
    },
  );
  const when = capturedAt === undefined ? '' : ` (captured ${new Date(capturedAt).toISOString()})`;
  return {
    recording: c.Recording === true ? 'yes' : c.Recording === false ? 'no' : 'unknown',
    ...(scope ? { scope } : {}),
    evidence: [{ path: `${RECORDER.type}.configuration.Recording`, value: typeof c.Recording === 'boolean' ? c.Recording : null, note: `recorder ${typeof c.Name === 'string' ? c.Name : ''} as AWS Config recorded it${when}` }],
  };
}
