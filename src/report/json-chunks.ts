import { randomBytes } from 'node:crypto';

/**
 * A JSON document with large arrays, as `JSON.stringify(doc, null, 2)` writes it, a chunk at a time:
 * `doc` holds a placeholder (made by `placeholder`) where each large array goes, and the array's
 * items are written one by one, each stringified alone and indented to its depth, the same bytes.
 */
export class JsonChunks {
  /** Unguessable: no string of the input can look like a placeholder. */
  private readonly nonce = randomBytes(12).toString('hex');
  private readonly arrays: Array<Iterable<unknown>> = [];

  /** A value to put in the document where `items` go. */
  placeholder(items: Iterable<unknown>): string {
    return `\u0000${this.nonce}:${this.arrays.push(items) - 1}`;
  }

  *chunks(doc: unknown): Generator<string> {
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    const marker = new RegExp(`"\\\\u0000${this.nonce}:(\\d+)"`, 'g');
    let last = 0;
    for (let m = marker.exec(text); m; m = marker.exec(text)) {
      yield text.slice(last, m.index);
      last = m.index + m[0].length;
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const indent = /^ */.exec(text.slice(lineStart, m.index))![0];
      yield* items(this.arrays[Number(m[1])]!, indent);
    }
    yield text.slice(last);
  }
}

function* items(list: Iterable<unknown>, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of list) {
    yield `${first ? '[\n' : ',\n'}${inner}${JSON.stringify(item, null, 2).replace(/\n/g, `\n${inner}`)}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}
