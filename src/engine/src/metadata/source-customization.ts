import { parseFailed } from './errors.js';

/**
 * A source's `customization` (Hasura's `SourceCustomization`): its root fields under a
 * `namespace` field and/or with a `prefix`/`suffix`, its type names with a `prefix`/`suffix` or
 * an explicit `mapping`, and a `naming_convention`. Checked here for shape and GraphQL names.
 */
export interface SourceCustomization {
  root_fields?: { namespace?: string; prefix?: string; suffix?: string };
  type_names?: { prefix?: string; suffix?: string; mapping?: Record<string, string> };
  naming_convention?: string;
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const GRAPHQL_NAME_PART = /^[_0-9A-Za-z]*$/;

function objectAt(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw parseFailed('expected Object', path);
  return value as Record<string, unknown>;
}

function nameAt(value: unknown, path: string, pattern: RegExp): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw parseFailed('expected String', path);
  if (!pattern.test(value)) throw parseFailed(`${value} is not valid GraphQL name`, path);
  return value;
}

/** Only the keys given are kept, so export returns what was added. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function parseSourceCustomization(value: unknown, path: string): SourceCustomization & Record<string, unknown> {
  const raw = objectAt(value, path);
  const out: SourceCustomization & Record<string, unknown> = {};
  if (raw.root_fields !== undefined && raw.root_fields !== null) {
    const rf = objectAt(raw.root_fields, `${path}.root_fields`);
    out.root_fields = defined({
      namespace: nameAt(rf.namespace, `${path}.root_fields.namespace`, GRAPHQL_NAME),
      prefix: nameAt(rf.prefix, `${path}.root_fields.prefix`, GRAPHQL_NAME),
      suffix: nameAt(rf.suffix, `${path}.root_fields.suffix`, GRAPHQL_NAME_PART),
    });
  }
  if (raw.type_names !== undefined && raw.type_names !== null) {
    const tn = objectAt(raw.type_names, `${path}.type_names`);
    const mapping: Record<string, string> = {};
    if (tn.mapping !== undefined && tn.mapping !== null) {
      for (const [from, to] of Object.entries(objectAt(tn.mapping, `${path}.type_names.mapping`))) {
        mapping[from] = nameAt(to, `${path}.type_names.mapping.${from}`, GRAPHQL_NAME)!;
      }
    }
    out.type_names = defined({
      prefix: nameAt(tn.prefix, `${path}.type_names.prefix`, GRAPHQL_NAME),
      suffix: nameAt(tn.suffix, `${path}.type_names.suffix`, GRAPHQL_NAME_PART),
      mapping: Object.keys(mapping).length > 0 ? mapping : undefined,
    });
  }
  if (typeof raw.naming_convention === 'string') out.naming_convention = raw.naming_convention;
  return out;
}
