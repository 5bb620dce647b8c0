/**
 * Hasura's webhook transforms: parsing them from metadata, checking their templates, and
 * applying them to a request or a handler's response. Pure; callers do the HTTP.
 */
export { applyRequestTransform, applyResponseTransform, requestContext, templateErrors, TransformErrorBundle, type RequestContext } from './apply.js';
export { parseRequestTransform, parseResponseTransform, templatesOf, TransformSpecError, type RequestTransform, type ResponseTransform } from './transform-spec.js';
export { bodyText, requestUrl, webhookRequest, type RequestBody, type WebhookRequest } from './webhook-request.js';
export type { Json } from './kriti/index.js';
export { transformCall, transformResponseBody, type TransformedCall, type WebhookCall } from './webhook-call.js';
export { checkedRequestTransform, checkedResponseTransform } from './checked.js';
