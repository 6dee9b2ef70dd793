import { describe, expect, it } from 'vitest';
import { routesDataAccessLogs } from '../providers/gcp/knowledge/log-filter.js';

/** Whether a log sink's filter lets the Data Access audit logs through: decided where the query language says so, unknown elsewhere. */
describe('GCP log sink filters and the Data Access audit logs', () => {
  const REQUIRED = 'LOG_ID("cloudaudit.googleapis.com/activity") OR LOG_ID("externalaudit.googleapis.com/activity") OR LOG_ID("cloudaudit.googleapis.com/system_event")';
  const DEFAULT = 'NOT LOG_ID("cloudaudit.googleapis.com/activity") AND NOT LOG_ID("externalaudit.googleapis.com/activity") AND NOT LOG_ID("cloudaudit.googleapis.com/system_event")';

  it.each([
    [undefined, 'yes'],
    ['', 'yes'],
    ['logName:"cloudaudit.googleapis.com"', 'yes'],
    ['logName:"logs/cloudaudit.googleapis.com%2Fdata_access"', 'yes'],
    ['logName="projects/p/logs/cloudaudit.googleapis.com%2Fdata_access"', 'yes'],
    ['protoPayload.@type="type.googleapis.com/google.cloud.audit.AuditLog"', 'yes'],
    ['protoPayload."@type" = "type.googleapis.com/google.cloud.audit.AuditLog"', 'yes'],
    ['LOG_ID("cloudaudit.googleapis.com/data_access") OR severity>=ERROR', 'yes'],
    [DEFAULT, 'yes'],
    [REQUIRED, 'no'],
    ['logName:"cloudaudit.googleapis.com%2Factivity"', 'no'],
    ['-logName:"cloudaudit.googleapis.com"', 'no'],
    ['logName:"syslog"', 'no'],
    ['resource.type="gce_instance"', 'unknown'],
    ['logName:"cloudaudit.googleapis.com" AND resource.type="gcs_bucket"', 'unknown'],
    ['logName:"projects/hosting-prod/"', 'unknown'],
    ['"password"', 'unknown'],
    ['logName:"cloudaudit.googleapis.com" AND (', 'unknown'],
    ['logName:"cloudaudit', 'unknown'],
    ['LOG_ID("cloudaudit.googleapis.com%2data_access%E0%A4%A")', 'no'],
  ] as const)('%s → %s', (filter, expected) => {
    expect(routesDataAccessLogs(filter)).toBe(expected);
  });

  it('a hostile filter nested deeper than any real one is unknown, not a stack overflow', () => {
    expect(routesDataAccessLogs('('.repeat(100_000) + 'logName:"cloudaudit.googleapis.com"' + ')'.repeat(100_000))).toBe('unknown');
    expect(routesDataAccessLogs('NOT '.repeat(100_000) + 'logName:"cloudaudit.googleapis.com"')).toBe('unknown');
    expect(routesDataAccessLogs('('.repeat(10) + 'logName:"cloudaudit.googleapis.com"' + ')'.repeat(10))).toBe('yes');
  });

  it('an exclusion matching the Data Access logs takes them out; one it cannot read leaves them unknown', () => {
    expect(routesDataAccessLogs(undefined, ['LOG_ID("cloudaudit.googleapis.com/data_access")'])).toBe('no');
    expect(routesDataAccessLogs(undefined, ['LOG_ID("cloudaudit.googleapis.com/activity")'])).toBe('yes');
    expect(routesDataAccessLogs(undefined, ['resource.type="k8s_container"'])).toBe('unknown');
  });
});
