import type { InputKind } from '../../src/input/kinds.js';
import { AWS_CONFIG_EVALUATIONS, AWS_CONFIG_INVENTORY } from './offline.js';

/** Offline AWS inventory files cldscan reads (see offline.ts). */
export const AWS_INPUT_KINDS: readonly InputKind[] = [AWS_CONFIG_INVENTORY, AWS_CONFIG_EVALUATIONS];
