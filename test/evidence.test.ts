import { describe, expect, it } from 'vitest';
import { evidenceAt, printable } from '../src/model/evidence.js';

describe('printable: what evidence may print', () => {
  it('prints booleans, finite numbers and null (not set) without being told', () => {
    expect(printable(true)).toBe(true);
    expect(printable(false)).toBe(false);
    expect(printable(0)).toBe(0);
    expect(printable(35)).toBe(35);
    expect(printable(null)).toBeNull();
    expect(printable(Number.NaN)).toBeUndefined();
    expect(printable(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('prints nothing for an unknown value, an object or a list', () => {
    expect(printable(undefined, { safe: true })).toBeUndefined();
    expect(printable({ a: 1 }, { safe: true })).toBeUndefined();
    expect(printable(['TLS1_2'], { safe: true })).toBeUndefined();
  });

  it('hides a string unless the caller vouches for it', () => {
    expect(printable('TLS1_2')).toBeUndefined();
    expect(printable('TLS1_2', { safe: false })).toBeUndefined();
    for (const s of ['TLS1_2', 'eu-west-3', 'francecentral', '10.0.0.0/8', 'ELBSecurityPolicy-TLS13-1-2-2021-06', 'roles/owner', 'user:alice@example.com', '*', '']) {
      expect(printable(s, { safe: true })).toBe(s);
    }
  });

  it('hides everything at a path the input marks sensitive, vouched for or not', () => {
    expect(printable(true, { sensitive: true })).toBeUndefined();
    expect(printable(42, { sensitive: true })).toBeUndefined();
    expect(printable(null, { sensitive: true })).toBeUndefined();
    expect(printable('TLS1_2', { safe: true, sensitive: true })).toBeUndefined();
  });

  it('hides a secret-looking string even when the caller vouches for it', () => {
    const secrets = [
      'AKIAQV7LM2WP9ZR4KT8X',
      `ghp_${'Qv7Lm2Wp9Z'.repeat(4)}`,
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'postgres://admin:S3cr3tPass@db.internal:5432/app',
      'Server=tcp:db.example.net;Password=Hunter2-Secret;',
      `DefaultEndpointsProtocol=https;AccountName=st;AccountKey=${'A'.repeat(86)}==;`,
      'password=Hunter2-Secret',
      `${'Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6'.repeat(3)}==`,
      'https://st.blob.core.windows.net/c?sv=2022-11-02&sig=Qv7Lm2Wp9Zr4Kt8Xy5Nb3Hc6%3D',
    ];
    for (const s of secrets) expect(printable(s, { safe: true }), s).toBeUndefined();
  });

  it('hides a vouched-for string that is not one short line of plain text', () => {
    expect(printable('TLS1_2\nnext line', { safe: true })).toBeUndefined();
    expect(printable('a'.repeat(513), { safe: true })).toBeUndefined();
    expect(printable('r\u00e9gion', { safe: true })).toBeUndefined();
    expect(printable('\u001b[31mred', { safe: true })).toBeUndefined();
  });
});

describe('evidenceAt', () => {
  it('keeps path, note and origin, and the value only when printable', () => {
    expect(evidenceAt('min_tls_version', 'TLS1_2', { safe: true, note: 'n', from: 'azurerm_x.y' })).toEqual({ path: 'min_tls_version', value: 'TLS1_2', note: 'n', from: 'azurerm_x.y' });
    expect(evidenceAt('description', 'free text')).toEqual({ path: 'description' });
    expect(evidenceAt('enabled', false)).toEqual({ path: 'enabled', value: false });
    expect(evidenceAt('retention', null, { note: 'not set' })).toEqual({ path: 'retention', value: null, note: 'not set' });
    expect(evidenceAt('password', 'TLS1_2', { safe: true, sensitive: true })).toEqual({ path: 'password' });
    expect(evidenceAt('key', undefined, { note: 'known after apply' })).toEqual({ path: 'key', note: 'known after apply' });
  });
});
