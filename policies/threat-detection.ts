import { definePolicy, type CheckResult } from '../src/policy/api.js';
import { worstOf } from '../src/policy/combine.js';
import type { DetectionFacet, FlowLogFacet } from '../src/model/facets.js';

export default definePolicy({
  meta: {
    id: 'threat-detection',
    title: { en: 'Threat detection and network flow logs are on', fr: 'La détection des menaces et les journaux de flux réseau sont actifs' },
    rules: ['CLD-31', 'CLD-37', 'CLD-27'],
    severity: 'medium',
    description: {
      en: 'The cloud threat-detection service is enabled (GuardDuty, Microsoft Defender for Cloud plans, Security Command Center), with malware protection where it is offered; networks record their traffic (VPC flow logs, NSG/VNet flow logs, subnet flow logs) for detection and investigation.',
      fr: 'Le service de détection des menaces du cloud est activé (GuardDuty, plans Microsoft Defender for Cloud, Security Command Center), avec la protection contre les logiciels malveillants là où elle est proposée ; les réseaux enregistrent leur trafic (journaux de flux VPC, NSG/VNet, sous-réseaux) pour la détection et l\'investigation.',
    },
    messages: {
      serviceOff: { en: '{{service}} is not enabled.', fr: '{{service}} n\'est pas activé.' },
      serviceUnknown: { en: 'Could not verify that {{service}} is enabled.', fr: 'Impossible de vérifier que {{service}} est activé.' },
      malwareOff: { en: '{{service}} is enabled but its malware protection is off.', fr: '{{service}} est activé mais sa protection contre les logiciels malveillants est désactivée.' },
      malwareUnknown: {
        en: '{{service}} is enabled; could not verify that its malware protection is on.',
        fr: '{{service}} est activé ; impossible de vérifier que sa protection contre les logiciels malveillants est active.',
      },
      serviceOn: { en: '{{service}} is enabled.', fr: '{{service}} est activé.' },
      missingIn: { en: '{{service}} is not set up in {{where}}.', fr: '{{service}} n\'est pas mis en place ({{where}}).' },
      presentIn: { en: '{{service}} is set up in {{where}}.', fr: '{{service}} est mis en place ({{where}}).' },
      presenceUnknown: { en: 'Could not verify that {{service}} is set up in {{where}}.', fr: 'Impossible de vérifier que {{service}} est mis en place ({{where}}).' },
      serviceOnWithMalware: { en: '{{service}} is enabled with malware protection.', fr: '{{service}} est activé avec la protection contre les logiciels malveillants.' },
      noFlowLogs: { en: 'The {{network}} does not record flow logs.', fr: 'Le réseau {{network}} n\'enregistre pas de journaux de flux.' },
      flowLogsUnknown: { en: 'Could not verify that the {{network}} records flow logs.', fr: 'Impossible de vérifier que le réseau {{network}} enregistre des journaux de flux.' },
      flowLogs: { en: 'The {{network}} records flow logs.', fr: 'Le réseau {{network}} enregistre des journaux de flux.' },
      settleService: { en: 'the detection service status', fr: 'l\'état du service de détection' },
      settleMalware: { en: 'the malware protection setting of {{service}}', fr: 'le réglage de protection contre les logiciels malveillants de {{service}}' },
      settleFlowLogs: { en: 'the flow log configuration', fr: 'la configuration des journaux de flux' },
    },
    remediation: {
      aws: {
        terraform: {
          en: 'Enable `aws_guardduty_detector` in every region (with the malware protection feature); add `aws_flow_log` to every VPC.',
          fr: 'Activer `aws_guardduty_detector` dans chaque région (avec la protection contre les logiciels malveillants) ; ajouter un `aws_flow_log` à chaque VPC.',
        },
        live: {
          en: 'Enable GuardDuty in every region (`aws guardduty create-detector --enable`, or delegated administration for the organisation) with EBS malware protection; `aws ec2 create-flow-logs --resource-type VPC` for every VPC.',
          fr: 'Activer GuardDuty dans chaque région (`aws guardduty create-detector --enable`, ou l\'administration déléguée pour l\'organisation) avec la protection EBS contre les logiciels malveillants ; `aws ec2 create-flow-logs --resource-type VPC` pour chaque VPC.',
        },
      },
      azure: {
        terraform: {
          en: 'Enable Defender for Cloud plans (`azurerm_security_center_subscription_pricing` tier Standard) for servers, storage (with malware scanning), SQL, containers; enable VNet flow logs with Network Watcher.',
          fr: 'Activer les plans Defender for Cloud (`azurerm_security_center_subscription_pricing` niveau Standard) pour les serveurs, le stockage (avec analyse des logiciels malveillants), SQL et les conteneurs ; activer les journaux de flux VNet avec Network Watcher.',
        },
        live: {
          en: 'Turn on the Defender plans (`az security pricing create --name VirtualMachines --tier Standard`, and StorageAccounts with malware scanning, SqlServers, Containers); create VNet flow logs (`az network watcher flow-log create`).',
          fr: 'Activer les plans Defender (`az security pricing create --name VirtualMachines --tier Standard`, ainsi que StorageAccounts avec analyse des logiciels malveillants, SqlServers, Containers) ; créer les journaux de flux VNet (`az network watcher flow-log create`).',
        },
      },
      gcp: {
        terraform: {
          en: 'Enable Security Command Center; set `log_config` on subnetworks (`enable_flow_logs`).',
          fr: 'Activer Security Command Center ; régler `log_config` sur les sous-réseaux (`enable_flow_logs`).',
        },
        live: {
          en: 'Activate Security Command Center for the organisation (console: Security > Security Command Center); `gcloud compute networks subnets update SUBNET --region=REGION --enable-flow-logs`.',
          fr: 'Activer Security Command Center pour l\'organisation (console : Sécurité > Security Command Center) ; `gcloud compute networks subnets update SOUS-RÉSEAU --region=RÉGION --enable-flow-logs`.',
        },
      },
    },
    facets: ['detection', 'flowLog'],
  },
  check(resource) {
    return worstOf([checkDetection(resource.facets.detection), checkFlowLogs(resource.facets.flowLog)]);
  },
});

function checkDetection(d: DetectionFacet | undefined): CheckResult | undefined {
  if (!d) return undefined;
  if (d.where !== undefined) return checkAccountControl(d, d.where);
  const base = { data: { service: d.service }, evidence: d.evidence, facet: 'detection' as const };
  if (d.enabled === 'no') return { status: 'fail', messageId: 'serviceOff', ...base };
  if (d.enabled === 'unknown') return { status: 'unknown', messageId: 'serviceUnknown', ...base, settle: { messageId: 'settleService' } };
  if (d.malwareProtection === 'no') return { status: 'fail', messageId: 'malwareOff', ...base };
  // Enabled is not enough where malware protection is offered: half-verified is not compliant.
  if (d.malwareProtection === 'unknown') return { status: 'unknown', messageId: 'malwareUnknown', ...base, settle: { messageId: 'settleMalware', data: { service: d.service } } };
  return { status: 'pass', messageId: d.malwareProtection === 'yes' ? 'serviceOnWithMalware' : 'serviceOn', ...base };
}

/** A control the account must have (README, "Account-level controls"): missing fails, what the inventory cannot tell is unknown. */
function checkAccountControl(d: DetectionFacet, where: string): CheckResult {
  const base = { data: { service: d.service, where }, evidence: d.evidence, facet: 'detection' as const };
  const settle = d.settle ?? { messageId: 'settleService' };
  if (d.enabled === 'no') return { status: 'fail', messageId: 'missingIn', ...base };
  if (d.enabled === 'yes') return { status: 'pass', messageId: 'presentIn', ...base };
  return { status: 'unknown', messageId: 'presenceUnknown', ...base, settle };
}

function checkFlowLogs(f: FlowLogFacet | undefined): CheckResult | undefined {
  if (!f) return undefined;
  const base = { data: { network: f.label }, evidence: f.evidence, facet: 'flowLog' as const };
  if (f.enabled === 'no') return { status: 'fail', messageId: 'noFlowLogs', ...base };
  if (f.enabled === 'unknown') return { status: 'unknown', messageId: 'flowLogsUnknown', ...base, settle: f.settle ?? { messageId: 'settleFlowLogs' } };
  return { status: 'pass', messageId: 'flowLogs', ...base };
}
