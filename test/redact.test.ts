import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../src/report/redact.js';
import { CREDENTIAL_TOKENS, credentialShape } from '../src/policy/secret-scan.js';

/** A sample of every credential token the detector knows: [in a report string, the secret part]. */
const TOKEN_SAMPLES: Record<string, [string, string]> = {
  'a service account key file': ['key file {"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkq\\n-----END PRIVATE KEY-----\\n"}', 'MIIEvQIBADANBgkq'],
  'a private key': ['pem -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBm4Qv7Lm2Wp\n-----END EC PRIVATE KEY----- end', 'MHcCAQEEIBm4Qv7Lm2Wp'],
  'an AWS access key id': ['user key AKIAQV7LM2WP9ZR4KT8X in tag', 'AKIAQV7LM2WP9ZR4KT8X'],
  'a Google API key': ['maps key AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW.', 'SyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW'],
  'a Google OAuth access token': ['Authorization: Bearer ya29.a0AfH6SMBx3Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6', 'a0AfH6SMBx3Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6'],
  'a GitHub token': [`runner ghs_${'Qv7Lm2Wp9Z'.repeat(4)} registered`, 'Qv7Lm2Wp9ZQv7Lm2Wp9Z'],
  'a GitLab token': ['CI uses glpat-Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6 for the mirror', 'Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6'],
  'a Terraform Cloud token': [`tfc Qv7Lm2Wp9Zr4Kt.atlasv1.${'Xy5Nb3Hc6Jd1'.repeat(5)} end`, 'Xy5Nb3Hc6Jd1Xy5Nb3Hc6Jd1'],
  'a Slack token': ['hook xoxb-123456789012-Qv7Lm2Wp9Zr4Kt8X posted', '123456789012-Qv7Lm2Wp9Zr4Kt8X'],
  'a Stripe secret key': ['billing rk_test_4eC39HqLyjWDarjtT1zdp7dc here', '4eC39HqLyjWDarjtT1zdp7dc'],
  'a JSON Web Token': ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6Jd1 end', 'Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6Jd1'],
};

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

  it('replaces every credential token the secret detector knows, all of it', () => {
    const r = new Redactor([]);
    // A token added to the detector without a sample here fails: the two can no longer drift apart.
    expect(Object.keys(TOKEN_SAMPLES).sort()).toEqual(CREDENTIAL_TOKENS.map((t) => t.why).sort());
    for (const [why, [text, secret]] of Object.entries(TOKEN_SAMPLES)) {
      expect(credentialShape(text), why).toBe(why);
      const out = r.text(text);
      expect(out, why).toContain(REDACTED);
      for (let i = 0; i + 6 <= secret.length; i++) expect(out, `${why}: ${secret.slice(i, i + 6)}`).not.toContain(secret.slice(i, i + 6));
    }
  });

  it('stays linear on strings built to make its patterns backtrack', () => {
    const MIB = 1024 * 1024;
    for (const hostile of ['-----BEGIN '.repeat(MIB / 11), 'eyJaaaaaaaaaa.'.repeat(MIB / 14), `${'A'.repeat(13)}.atlasv1.`.repeat(MIB / 22), 'glpat-'.repeat(MIB / 6), 'a://b:'.repeat(MIB / 6)]) {
      const start = performance.now();
      new Redactor([]).text(hostile);
      // Guards against catastrophic backtracking, not a benchmark: quadratic work on 1 MiB takes minutes.
      expect(performance.now() - start, hostile.slice(0, 16)).toBeLessThan(1000);
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
