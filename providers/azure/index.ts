import type { InputKind } from '../../src/input/kinds.js';
import { AZURE_ARM, AZURE_RESOURCE_GRAPH } from './inventory.js';

/** Offline Azure inventories cldscan reads: Resource Graph results (`az graph query -o json`) and ARM resource JSON. */
export const AZURE_INPUT_KINDS: readonly InputKind[] = [AZURE_RESOURCE_GRAPH, AZURE_ARM];
