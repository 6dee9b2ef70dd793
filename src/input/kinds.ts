import type { JsonScanner, Span } from './json-scan.js';
import type { FileScanner } from './file-scan.js';
import type { Notification } from '../model/finding.js';
import type { FileLocation, Resource } from '../model/resource.js';
import type { ReadLimits } from '../limits.js';

/** A JSON input document, indexed but not parsed. */
export interface JsonDoc {
  /** Path as the user gave it (or as found in a directory). */
  path: string;
  scanner: JsonScanner;
  /** Top-level members when the document is an object. */
  members?: Map<string, Span>;
  /** Top-level elements when the document is an array. */
  elements?: Span[];
  /** One object per line (JSON lines), when the document is that. */
  lines?: Span[];
  /**
   * A file too large to hold (plans of hundreds of megabytes): read from the file a chunk at a
   * time. `scanner` then holds nothing; only kinds that stream may read such a document.
   */
  stream?: FileScanner;
}

export interface ReadContext {
  /** Where the repository's sources are (`--source-root`, absolute): report paths are relative to it. */
  sourceRoot: string;
  /**
   * One value per key for the whole scan, made on first use: what several inputs of one kind share
   * (the index of `.tf` sources, read once for every plan).
   */
  shared<T>(key: symbol, make: () => T): T;
  /**
   * Where resources with a known cloud identifier (ARN, Azure id, Google name; see identityKey) are
   * declared, for live findings to point there. Absent when no live scan follows: nothing is recorded.
   */
  declared?: Map<string, FileLocation>;
  /** Bounds the user may change (decompression); the defaults otherwise. */
  limits?: ReadLimits;
}

export interface InputRead {
  resources: Resource[];
  notifications: Notification[];
  /** Values the input marks sensitive: reports never print them. */
  secrets: Set<string>;
  /** Scan categories this input covers (`terraform`, `aws/123456789012`). */
  categories: string[];
}

/** One kind of input file the scanner understands, detected from content, never from the file name. */
export interface InputKind {
  name: string;
  label: string;
  detect(doc: JsonDoc): boolean;
  /** Reads documents from `doc.stream` when the file is too large to hold. */
  streams?: boolean;
  read(doc: JsonDoc, ctx: ReadContext): InputRead | Promise<InputRead>;
}
