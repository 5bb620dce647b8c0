import { readFileSync } from 'node:fs';

/** Reading docker-compose.yml, .env files and Dockerfiles the way Docker does, for the drift checks. */

/**
 * The variables a Compose file interpolates: `${NAME}`, `${NAME:-default}`, `${NAME:?error}`
 * and `$NAME`. `$$` is Compose's escape for a literal `$` and is not an interpolation.
 */
export function interpolatedVariables(text: string): Set<string> {
  const names = new Set<string>();
  const pattern = /\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1] === '$') continue;
    names.add((match[2] ?? match[3])!);
  }
  return names;
}

/** The keys of a .env file (KEY=value lines; comments and blank lines skipped). */
export function envFileKeys(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line);
      if (!match) throw new Error(`${file}: not a KEY=value line: ${line}`);
      return match[1]!;
    });
}

export interface DockerfileFacts {
  /** Images of the FROM lines (stage aliases left out). */
  baseImages: string[];
  /** Names declared with ARG. */
  args: string[];
  /** Sources of COPY/ADD lines that copy from the build context (not --from=stage). */
  contextSources: string[];
}

export function readDockerfile(file: string): DockerfileFacts {
  // Join continuation lines first, as Docker does.
  const lines = readFileSync(file, 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim());
  const facts: DockerfileFacts = { baseImages: [], args: [], contextSources: [] };
  for (const line of lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    switch (instruction?.toUpperCase()) {
      case 'FROM':
        facts.baseImages.push(rest.find((word) => !word.startsWith('--'))!);
        break;
      case 'ARG':
        facts.args.push(rest[0]!.split('=')[0]!);
        break;
      case 'COPY':
      case 'ADD': {
        if (rest.some((word) => word.startsWith('--from='))) break;
        const paths = rest.filter((word) => !word.startsWith('--'));
        facts.contextSources.push(...paths.slice(0, -1));
        break;
      }
    }
  }
  return facts;
}

/** `repo/name:tag` pinned to a version: a tag with a digit in it, never `latest`. */
export function isPinnedImage(image: string): boolean {
  const tag = /:([^/:@]+)$/.exec(image)?.[1];
  return tag !== undefined && tag !== 'latest' && /\d/.test(tag) && !image.includes('${');
}
