/**
 * The AWS account-level controls (README, "Account-level controls"): what the live verdicts
 * (account-controls.ts) look for. Plans say nothing of them: a plan cannot prove one missing.
 */

/** A regional service the account must run, seen through the AWS Config type of its resource. */
export interface RegionalService {
  service: string;
  /** Path segment of the account resource's id. */
  slug: string;
  type: string;
  /** The call that tells whether it is on in a region. */
  command: string;
}

export const REGIONAL_SERVICES: readonly RegionalService[] = [
  { service: 'GuardDuty', slug: 'guardduty', type: 'AWS::GuardDuty::Detector', command: 'aws guardduty list-detectors' },
  { service: 'Security Hub', slug: 'securityhub', type: 'AWS::SecurityHub::Hub', command: 'aws securityhub describe-hub' },
];

/** Amazon Inspector in each region: vulnerability scanning of EC2 instances and ECR images (read with its own API: AWS Config does not record it). */
export const INSPECTOR = { slug: 'inspector', label: 'Amazon Inspector', types: ['ec2', 'ecr'], command: 'aws inspector2 batch-get-account-status' } as const;

/**
 * The configuration recorder of each region: the audit trail of configuration changes. AWS Config
 * also records the recorder itself as `type`: the only view an aggregator gives of a member
 * account's recorder.
 */
export const RECORDER = { slug: 'config', label: 'AWS Config recorder', type: 'AWS::Config::ConfigurationRecorder' } as const;

/** A trail recording every region, once for the account. */
export const TRAIL = { slug: 'cloudtrail', label: 'CloudTrail multi-region trail', where: 'every region' } as const;
