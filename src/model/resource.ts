import type { Facets } from './facets.js';
import type { Waiver } from '../waivers.js';

export type CloudProvider = 'aws' | 'azure' | 'gcp';

export type Origin = 'plan' | 'config' | 'live';

/** A place in a file, relative to the source root, with `/` separators. */
export interface FileLocation {
  uri: string;
  line: number;
  /** The line is in the inventory snapshot this scan wrote (--inventory-out), not in a source file. */
  snapshot?: true;
}

export interface ResourceSource {
  origin: Origin;
  /**
   * The kind of scan and its scope, which names the SARIF run (`automationDetails.id`
   * `cldscan/<category>/`): `terraform`, `aws/123456789012`, `azure/<subscription>`, `gcp/<project>`.
   */
  category: string;
  /** The input the resource was read from (plan JSON, tf.json, inventory file or live scope), as given. */
  input: string;
  /** Where the resource is declared (the `.tf` resource block, or the module call of a remote module). */
  location?: FileLocation;
  /** Waivers written in the source that declares the resource (comments on or in its block, or its module call). */
  waivers?: Waiver[];
  /** What the id is unique within: the root module's directory (relative to the source root) for Terraform, the account / subscription / project for live resources. */
  scope?: string;
}

export interface Resource {
  /** Plan address (`module.a.aws_s3_bucket.logs["eu"]`) or the cloud's id / ARN. */
  id: string;
  provider: CloudProvider;
  /** As the input names it: `aws_s3_bucket`, `AWS::S3::Bucket`, `microsoft.storage/storageaccounts`. */
  nativeType: string;
  /** Primary region; undefined when not known. */
  region: string | undefined;
  source: ResourceSource;
  facets: Facets;
  /** Tags or labels as the cloud keeps them (only string values), for environment separation. */
  tags?: Record<string, string>;
}
