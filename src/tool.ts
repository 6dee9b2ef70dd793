import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL(existsUp('package.json'), import.meta.url), 'utf8')) as { version: string };

/** The tool's identity in every report. */
export const TOOL = {
  name: 'cldscan',
  version: pkg.version,
  informationUri: 'https://github.com/cldscan/cldscan',
};

/** package.json is one level up from src/ and two from dist/src/. */
function existsUp(name: string): string {
  for (const rel of [`../${name}`, `../../${name}`]) {
    try {
      readFileSync(new URL(rel, import.meta.url));
      return rel;
    } catch {
      // next
    }
  }
  throw new Error(`${name} not found`);
}
