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

export function readYamlFile(path: string): unknown {
  return YAML.parse(readFileSync(path, 'utf8'), { uniqueKeys: false, maxAliasCount: -1 });
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
