/**
 * Request and response transforms as metadata states them (Hasura's `RequestTransform` and
 * `MetadataResponseTransform`), parsed into one shape for both body schemas: version 1 (`body`
 * a template, `content_type`) and version 2 (`body: {action, template | form_template}`).
 */
export type BodyTransform = { action: 'remove' } | { action: 'transform'; template: string } | { action: 'x_www_form_urlencoded'; formTemplate: [string, string][] };

export type QueryTransform = { kind: 'pairs'; pairs: [string, string | null][] } | { kind: 'template'; template: string };

export interface RequestTransform {
  version: 1 | 2;
  method?: string;
  url?: string;
  body?: BodyTransform;
  query?: QueryTransform;
  headers?: { add: [string, string][]; remove: string[] };
  /** Version 1 with `content_type: application/x-www-form-urlencoded`: the body template's object goes out form-encoded. */
  formEncodeBody?: boolean;
}

export interface ResponseTransform {
  version: 1 | 2;
  body?: BodyTransform;
}

export class TransformSpecError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function str(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new TransformSpecError(`parsing Text failed, expected String, but encountered ${describe(value)}`, path);
  return value;
}
function describe(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  return { string: 'String', number: 'Number', boolean: 'Boolean', object: 'Object' }[typeof value as string] ?? 'Null';
}

function version(raw: Record<string, unknown>, path: string): 1 | 2 {
  const v = raw.version ?? 1;
  if (v === 1 || v === 2) return v;
  if (typeof v !== 'number') throw new TransformSpecError(`parsing Int failed, expected Number, but encountered ${describe(v)}`, `${path}.version`);
  throw new TransformSpecError(`expected 1 or 2, encountered ${v}`, `${path}.version`);
}

function templateEngine(raw: Record<string, unknown>, path: string): void {
  if (raw.template_engine !== undefined && raw.template_engine !== 'Kriti') {
    throw new TransformSpecError(`unknown template engine ${JSON.stringify(raw.template_engine)}`, `${path}.template_engine`);
  }
}

/** Hasura sorts a form template's fields (a HashMap); sorting by key keeps every run the same. */
const sortedEntries = <T>(object: Record<string, T>): [string, T][] => Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function body(raw: unknown, v: 1 | 2, path: string): BodyTransform | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (v === 1) return { action: 'transform', template: str(raw, path) };
  if (!isObject(raw)) throw new TransformSpecError(`parsing BodyTransform failed, expected Object, but encountered ${describe(raw)}`, path);
  switch (raw.action) {
    case 'remove':
      return { action: 'remove' };
    case 'transform':
      return { action: 'transform', template: str(raw.template, `${path}.template`) };
    case 'x_www_form_urlencoded': {
      if (!isObject(raw.form_template)) throw new TransformSpecError('key "form_template" not found', path);
      return { action: 'x_www_form_urlencoded', formTemplate: sortedEntries(raw.form_template).map(([k, t]) => [k, str(t, `${path}.form_template.${k}`)]) };
    }
    default:
      throw new TransformSpecError('invalid transform action', path);
  }
}

export function parseRequestTransform(raw: unknown, path = '$'): RequestTransform {
  if (!isObject(raw)) throw new TransformSpecError(`parsing RequestTransform failed, expected Object, but encountered ${describe(raw)}`, path);
  const v = version(raw, path);
  templateEngine(raw, path);
  const out: RequestTransform = { version: v };
  if (raw.method !== undefined && raw.method !== null) out.method = str(raw.method, `${path}.method`);
  if (raw.url !== undefined && raw.url !== null) out.url = str(raw.url, `${path}.url`);
  const b = body(raw.body, v, `${path}.body`);
  if (b) out.body = b;
  if (raw.query_params !== undefined && raw.query_params !== null) {
    if (typeof raw.query_params === 'string' && v === 2) out.query = { kind: 'template', template: raw.query_params };
    else if (isObject(raw.query_params)) {
      out.query = {
        kind: 'pairs',
        pairs: sortedEntries(raw.query_params).map(([k, t]) => [k, t === null ? null : str(t, `${path}.query_params.${k}`)]),
      };
    } else throw new TransformSpecError(`parsing QueryParams failed, expected Object, but encountered ${describe(raw.query_params)}`, `${path}.query_params`);
  }
  const add: [string, string][] = [];
  const remove: string[] = [];
  if (isObject(raw.request_headers)) {
    const h = raw.request_headers;
    if (isObject(h.add_headers)) for (const [k, t] of sortedEntries(h.add_headers)) add.push([k, str(t, `${path}.request_headers.add_headers.${k}`)]);
    if (Array.isArray(h.remove_headers)) for (const [i, k] of h.remove_headers.entries()) remove.push(str(k, `${path}.request_headers.remove_headers[${i}]`));
  }
  // Version 1's `content_type` says how the body goes out: JSON, or the template's object form-encoded.
  if (v === 1 && typeof raw.content_type === 'string') {
    if (raw.content_type === 'application/x-www-form-urlencoded' && out.body?.action === 'transform') out.formEncodeBody = true;
    if (!add.some(([k]) => k.toLowerCase() === 'content-type')) add.push(['content-type', raw.content_type]);
  }
  if (add.length || remove.length) out.headers = { add, remove };
  return out;
}

export function parseResponseTransform(raw: unknown, path = '$'): ResponseTransform {
  if (!isObject(raw)) throw new TransformSpecError(`parsing ResponseTransform failed, expected Object, but encountered ${describe(raw)}`, path);
  const v = version(raw, path);
  templateEngine(raw, path);
  const b = body(raw.body, v, `${path}.body`);
  return b ? { version: v, body: b } : { version: v };
}

/** Every Kriti template a transform holds, each as Kriti will run it (unescaped ones wrapped in quotes). */
export function templatesOf(transform: RequestTransform | ResponseTransform): string[] {
  const wrap = (t: string) => `"${t}"`;
  const out: string[] = [];
  const b = transform.body;
  if (b?.action === 'transform') out.push(b.template);
  if (b?.action === 'x_www_form_urlencoded') out.push(...b.formTemplate.map(([, t]) => wrap(t)));
  if ('url' in transform && transform.url !== undefined) out.push(wrap(transform.url));
  if ('query' in transform && transform.query) {
    if (transform.query.kind === 'template') out.push(wrap(transform.query.template));
    else for (const [k, t] of transform.query.pairs) out.push(wrap(k), ...(t === null ? [] : [wrap(t)]));
  }
  if ('headers' in transform && transform.headers) out.push(...transform.headers.add.map(([, t]) => wrap(t)));
  return out;
}
