import { describe, expect, it } from 'vitest';

/** The AWS TLS security policy names (ELB, CloudFront, API Gateway): the lowest TLS version and weak suites each allows. */

describe('AWS TLS policy tables', () => {
  it('reads the lowest TLS version and weak suites from AWS policy names', async () => {
    const { elbPolicy, cloudfrontPolicy, apiGatewayPolicy } = await import('../providers/aws/knowledge/tls-policies.js');
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-2-Res-2021-06')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04')).toEqual({ minTls: '1.3', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS13-1-1-2021-06')).toEqual({ minTls: '1.1', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-TLS-1-0-2015-04')).toEqual({ minTls: '1.0', weakCiphers: 'yes' });
    expect(elbPolicy('ELBSecurityPolicy-FS-1-2-Res-2020-10')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(elbPolicy('ELBSecurityPolicy-Custom')).toEqual({ minTls: 'unknown', weakCiphers: 'unknown' });
    expect(cloudfrontPolicy('TLSv1.2_2019')).toEqual({ minTls: '1.2', weakCiphers: 'no' });
    expect(cloudfrontPolicy('TLSv1.1_2016')).toEqual({ minTls: '1.1', weakCiphers: 'no' });
    expect(cloudfrontPolicy('TLSv1')).toEqual({ minTls: '1.0', weakCiphers: 'yes' });
    expect(apiGatewayPolicy('SecurityPolicy_TLS13_1_3_2025_09')).toEqual({ minTls: '1.3' });
    expect(apiGatewayPolicy('TLS_1_0')).toEqual({ minTls: '1.0' });
  });
});
