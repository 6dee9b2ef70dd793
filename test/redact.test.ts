import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../src/report/redact.js';

describe('Redactor', () => {
  it('replaces every value the input marks sensitive, wherever it appears, longest first', () => {
    const r = new Redactor(['Example-Passw0rd-DoNotUse', 'Example-Passw0rd', 'sk3t-0987654']);
    expect(r.text('db password Example-Passw0rd-DoNotUse!')).toBe(`db password ${REDACTED}!`);
    expect(r.text('x=Example-Passw0rd;y=sk3t-0987654')).toBe(`x=${REDACTED};y=${REDACTED}`);
    expect(r.text('nothing to hide')).toBe('nothing to hide');
  });

  it('replaces what looks like a credential even when nothing marked it sensitive', () => {
    const r = new Redactor([]);
    const samples = [
      'AKIAIOSFODNN7EXAMPLE',
      'Server=tcp:db.example.net;Password=Hunter2-Secret;',
      'postgres://admin:S3cr3tPass@db.internal:5432/app',
      'token: ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
      'DefaultEndpointsProtocol=https;AccountName=st;AccountKey=' + 'A'.repeat(86) + '==;',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    ];
    for (const s of samples) {
      const out = r.text(s);
      expect(out).toContain(REDACTED);
      expect(out).not.toMatch(/AKIAIOSFODNN7EXAMPLE|Hunter2-Secret|S3cr3tPass|ghp_abc|MIIEowIBAAKCAQEA|AAAAAAAAAAAAAAAAAAAA|dozjgNryP4J3/);
    }
  });

  it('leaves ordinary report text alone', () => {
    const r = new Redactor([]);
    for (const s of [
      'Opens SSH (22) to the internet (0.0.0.0/0).',
      'module.data.google_storage_bucket.this["exports"]',
      'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'Grant roles/iam.serviceAccountTokenCreator to serviceAccount:ci@p.iam.gserviceaccount.com',
      '0b4b4f6f2f4a4e0d9a1e6a3c6a0c1d2e',
    ]) {
      expect(r.text(s)).toBe(s);
    }
  });

  it('redacts every string value of nested structures, in place', () => {
    const r = new Redactor(['Bench-Passw0rd-1']);
    const report = { a: ['Bench-Passw0rd-1', { m: 'x Bench-Passw0rd-1 y' }], n: 3, z: null };
    expect(r.inPlace(report)).toBe(report);
    expect(report).toEqual({ a: [REDACTED, { m: `x ${REDACTED} y` }], n: 3, z: null });
  });
});
