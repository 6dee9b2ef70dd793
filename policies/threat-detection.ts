import { definePolicy } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';

export default definePolicy({
  meta: {
    id: 'threat-detection',
    title: 'Threat detection and network flow logs are on',
    rules: ['CLD-31', 'CLD-37', 'CLD-27'],
    severity: 'medium',
    description:
      'The cloud threat-detection service is enabled (GuardDuty, Microsoft Defender for Cloud plans, Security Command Center), with malware protection where it is offered; networks record their traffic (VPC flow logs, NSG/VNet flow logs, subnet flow logs) for detection and investigation.',
    remediation: {
      aws: 'Enable `aws_guardduty_detector` in every region (with the malware protection feature); add `aws_flow_log` to every VPC.',
      azure: 'Enable Defender for Cloud plans (`azurerm_security_center_subscription_pricing` tier Standard) for servers, storage (with malware scanning), SQL, containers; enable VNet flow logs with Network Watcher.',
      gcp: 'Enable Security Command Center; set `log_config` on subnetworks (`enable_flow_logs`).',
    },
    fr: {
      remediation: {
        aws: 'Activer `aws_guardduty_detector` dans chaque région (avec la protection contre les logiciels malveillants) ; ajouter un `aws_flow_log` à chaque VPC.',
        azure: 'Activer les plans Defender for Cloud (`azurerm_security_center_subscription_pricing` niveau Standard) pour les serveurs, le stockage (avec analyse des logiciels malveillants), SQL et les conteneurs ; activer les journaux de flux VNet avec Network Watcher.',
        gcp: 'Activer Security Command Center ; régler `log_config` sur les sous-réseaux (`enable_flow_logs`).',
      },
    },
    facets: ['detection', 'flowLog'],
  },
  check(resource) {
    const d = resource.facets.detection;
    const f = resource.facets.flowLog;
    const detection = !d
      ? undefined
      : d.enabled === 'no'
        ? { status: 'fail' as const, message: `${d.service} is not enabled.`, evidence: d.evidence }
        : d.enabled === 'unknown'
          ? { status: 'unknown' as const, message: `Could not verify that ${d.service} is enabled.`, evidence: d.evidence, settle: 'the detection service status' }
          : d.malwareProtection === 'no'
            ? { status: 'fail' as const, message: `${d.service} is enabled but its malware protection is off.`, evidence: d.evidence }
            : d.malwareProtection === 'unknown'
              ? // Enabled is not enough where malware protection is offered: half-verified is not compliant.
                { status: 'unknown' as const, message: `${d.service} is enabled; could not verify that its malware protection is on.`, evidence: d.evidence, settle: `the malware protection setting of ${d.service}` }
              : { status: 'pass' as const, message: `${d.service} is enabled${d.malwareProtection === 'yes' ? ' with malware protection' : ''}.`, evidence: d.evidence };
    const flow = !f
      ? undefined
      : f.enabled === 'no'
        ? { status: 'fail' as const, message: `The ${f.label} does not record flow logs.`, evidence: f.evidence }
        : f.enabled === 'unknown'
          ? { status: 'unknown' as const, message: `Could not verify that the ${f.label} records flow logs.`, evidence: f.evidence, settle: f.settle ?? 'the flow log configuration' }
          : { status: 'pass' as const, message: `The ${f.label} records flow logs.`, evidence: f.evidence };
    return worstOf([detection, flow]);
  },
});
