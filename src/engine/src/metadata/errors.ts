/**
 * An error of the metadata/query APIs in Hasura's legacy format:
 * `{"path":"$.args","error":"...","code":"..."}` with a 4xx/5xx status.
 */
export class MetadataApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly path = '$.args',
    readonly internal?: unknown,
  ) {
    super(message);
    this.name = 'MetadataApiError';
  }

  /** The same error seen from inside a bulk: `$.args` becomes `$.args[i].args`. */
  atBulkIndex(index: number): MetadataApiError {
    const inner = this.path === '$' ? '' : this.path.slice(1);
    return new MetadataApiError(this.code, this.message, this.status, `$.args[${index}]${inner}`, this.internal);
  }

  toJSON(): Record<string, unknown> {
    return { path: this.path, error: this.message, code: this.code, ...(this.internal === undefined ? {} : { internal: this.internal }) };
  }
}

export const notExists = (message: string, path?: string) => new MetadataApiError('not-exists', message, 400, path);
export const alreadyExists = (message: string, path?: string) => new MetadataApiError('already-exists', message, 400, path);
export const invalidParams = (message: string, path?: string) => new MetadataApiError('invalid-params', message, 400, path);
export const parseFailed = (message: string, path?: string) => new MetadataApiError('parse-failed', message, 400, path);
export const validationFailed = (message: string, path?: string) => new MetadataApiError('validation-failed', message, 400, path);
export const dependencyError = (message: string, path?: string) => new MetadataApiError('dependency-error', message, 400, path);
