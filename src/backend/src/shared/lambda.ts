import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { backendConfigFromEnv } from './config.js';
import type { FunctionHandler } from './http.js';
import { createRuntime, type FunctionRuntime } from './runtime.js';

let containerRuntime: FunctionRuntime | undefined;

/** The runtime of this Lambda container: created on the first invocation and kept while the container lives. */
export function lambdaRuntime(): FunctionRuntime {
  containerRuntime ??= createRuntime(backendConfigFromEnv(process.env));
  return containerRuntime;
}

/** A Lambda export for a handler factory: the handler (and its pool) are built once per container. */
export function lambdaHandler(build: (runtime: FunctionRuntime) => FunctionHandler): APIGatewayProxyHandlerV2 {
  let built: FunctionHandler | undefined;
  return (event, context) => {
    built ??= build(lambdaRuntime());
    return built(event, context);
  };
}
