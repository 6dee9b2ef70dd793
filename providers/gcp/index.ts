import type { InputKind } from '../../src/input/kinds.js';
import { GCP_ASSET_INVENTORY } from './offline.js';

/** Offline inventory files of this cloud that cldscan reads: Cloud Asset Inventory exports, listings, searches and REST responses. */
export const GCP_INPUT_KINDS: readonly InputKind[] = [GCP_ASSET_INVENTORY];

export { GCP_ASSET_INVENTORY } from './offline.js';
