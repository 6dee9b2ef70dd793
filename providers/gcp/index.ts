import type { InputKind } from '../../src/input/kinds.js';

/** Offline inventory files of this cloud that cldscan reads (filled in by the live-cloud work). */
export const GCP_INPUT_KINDS: readonly InputKind[] = [];
