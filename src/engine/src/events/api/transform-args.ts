import { parseFailed, validationFailed } from '../../metadata/errors.js';
import { checkedRequestTransform, checkedResponseTransform, TransformSpecError } from '../../transforms/index.js';

/**
 * `request_transform` / `response_transform` arguments of create_event_trigger, create_action
 * and create_cron_trigger, refused as Hasura refuses them: a malformed transform is
 * `parse-failed`, a template that does not parse `validation-failed`.
 */
export function checkTransformArgs(args: Record<string, unknown>, path = '$.args'): void {
  try {
    checkedRequestTransform(args.request_transform);
    checkedResponseTransform(args.response_transform);
  } catch (error) {
    if (error instanceof TransformSpecError) throw parseFailed(error.message, path + error.path.slice(1));
    throw validationFailed((error as Error).message, path);
  }
}
