import { readFileSync } from 'node:fs';
import YAML from 'yaml';

/** One request of a case file (validate.py `check_query`). */
export interface CaseEntry {
  description?: string;
  url: string;
  status: number;
  headers?: Record<string, string>;
  query: unknown;
  response?: unknown;
  allowed_responses?: { response: unknown; resp_headers?: Record<string, unknown> }[];
  resp_headers?: Record<string, unknown>;
  method?: string;
}

const YAML_OPTIONS = { uniqueKeys: false, maxAliasCount: -1 } as const;

export function readYamlFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return YAML.parse(text, YAML_OPTIONS);
  } catch (error) {
    // PyYAML (which tests-py uses) accepts what the yaml package refuses; retry with that one form fixed.
    const fixed = indentQuotedContinuations(text);
    if (fixed === text) throw error;
    return YAML.parse(fixed, YAML_OPTIONS);
  }
}

const unescapedQuotes = (line: string) => (line.replace(/\\./g, '').match(/"/g) ?? []).length;

/**
 * A double-quoted scalar spanning lines whose continuation lines are no deeper than its key
 * (`- description: "...` then lines at the key's indentation): PyYAML reads it, the yaml package
 * does not. Indenting the continuation lines keeps the value (a quoted scalar folds leading spaces).
 */
export function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n');
  let open = false;
  return lines
    .map((line) => {
      if (open) {
        if (unescapedQuotes(line) % 2 === 1) open = false;
        return `    ${line}`;
      }
      if (/^\s*(- )?[\w$-]+: "/.test(line) && unescapedQuotes(line) % 2 === 1) open = true;
      return line;
    })
    .join('\n');
}

/** A case file is one mapping or a list of them. */
export function readCaseFile(path: string): CaseEntry[] {
  const parsed = readYamlFile(path);
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((raw, i) => {
    if (raw === null || typeof raw !== 'object') throw new Error(`${path}[${i}]: not a mapping`);
    const entry = raw as Record<string, unknown>;
    if (typeof entry.url !== 'string') throw new Error(`${path}[${i}]: no url`);
    const headers = entry.headers as Record<string, unknown> | undefined;
    return {
      ...(entry as object),
      url: entry.url,
      status: typeof entry.status === 'number' ? entry.status : 200,
      headers: headers ? Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])) : undefined,
    } as CaseEntry;
  });
}
