import { describe, expect, it } from 'vitest';
import { isoDays, rotationDays } from '../providers/azure/knowledge/key-rotation.js';
import { tlsVersion, weakSuite } from '../providers/azure/knowledge/tls.js';
import { isControlPlaneArmType } from '../providers/azure/knowledge/control-plane.js';

/** The Azure duration and TLS parsers, and the shared control-plane list, on their own. */

describe('Azure plan parsers', () => {
  it('ISO 8601 durations in days, and when a rotation policy rotates', () => {
    expect(isoDays('P90D')).toBe(90);
    expect(isoDays('P1Y')).toBe(365);
    expect(isoDays('P18M')).toBe(540);
    expect(isoDays('P2W')).toBe(14);
    expect(isoDays('PT48H')).toBe(2);
    expect(isoDays('90 days')).toBeUndefined();
    expect(rotationDays('P90D', undefined, undefined)).toBe(90);
    expect(rotationDays(undefined, 'P30D', 'P90D')).toBe(60);
    expect(rotationDays(undefined, 'P30D', undefined)).toBe('unknown');
  });

  it('TLS versions in every Azure spelling, and weak suites', () => {
    expect(['TLS1_0', '1.1', 'TLSv1.2', 'Tls12', 'TLSv1_3', 'TLSv1', 'Tls11'].map(tlsVersion)).toEqual(['1.0', '1.1', '1.2', '1.2', '1.3', '1.0', '1.1']);
    expect(tlsVersion('TLSEnforcementDisabled')).toBeUndefined();
    expect(weakSuite('TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA')).toBe(true);
    expect(weakSuite('TLS_RSA_WITH_3DES_EDE_CBC_SHA')).toBe(true);
    expect(weakSuite('TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256')).toBe(false);
    expect(weakSuite('TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384')).toBe(false);
  });

  it('one control-plane list for azapi types and live records', () => {
    expect(isControlPlaneArmType('Microsoft.Network/virtualNetworks@2024-05-01')).toBe(true);
    expect(isControlPlaneArmType('microsoft.insights/diagnosticsettings')).toBe(true);
    expect(isControlPlaneArmType('Microsoft.Security/pricings@2024-01-01')).toBe(true);
    expect(isControlPlaneArmType('Microsoft.Storage/storageAccounts@2023-05-01')).toBe(false);
    expect(isControlPlaneArmType('microsoft.insights/components')).toBe(false);
  });
});
