import { templateErrors } from './apply.js';
import { parseRequestTransform, parseResponseTransform, templatesOf, type RequestTransform, type ResponseTransform } from './transform-spec.js';

/**
 * A transform from metadata, parsed and with every template checked, as Hasura does when it
 * builds its cache; the Error's message says what is wrong (the object is then inconsistent).
 */
export function checkedRequestTransform(raw: unknown): RequestTransform | undefined {
  if (raw === undefined || raw === null) return undefined;
  const transform = parseRequestTransform(raw);
  const errors = templateErrors(templatesOf(transform));
  if (errors.length) throw new Error(`request transform validation failed: ${JSON.stringify(errors)}`);
  return transform;
}

export function checkedResponseTransform(raw: unknown): ResponseTransform | undefined {
  if (raw === undefined || raw === null) return undefined;
  const transform = parseResponseTransform(raw);
  const errors = templateErrors(templatesOf(transform));
  if (errors.length) throw new Error(`response transform validation failed: ${JSON.stringify(errors)}`);
  return transform;
}
