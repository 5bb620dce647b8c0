import { describe, expect, it } from 'vitest';
import {
  applyRequestTransform,
  parseRequestTransform,
  parseResponseTransform,
  requestContext,
  requestUrl,
  templateErrors,
  templatesOf,
  transformCall,
  transformResponseBody,
  TransformErrorBundle,
  TransformSpecError,
  webhookRequest,
  type WebhookRequest,
} from '../../src/transforms/index.js';

const original = (): WebhookRequest =>
  webhookRequest(
    'http://hook.local:3000/path?keep=1',
    'POST',
    [
      ['Content-Type', 'application/json'],
      ['X-Secret', 's'],
    ],
    { kind: 'json', value: { id: 7, name: 'Ann Lee', tags: ['a', 'b'] } },
  );

function apply(raw: unknown, session: Record<string, string> | null = null): WebhookRequest {
  const request = original();
  return applyRequestTransform(parseRequestTransform(raw), request, requestContext(request, 'http://hook.local:3000/path?keep=1', session));
}

describe('request transforms', () => {
  it('leaves a request alone without fields to change; the configured URL loses its query into pairs', () => {
    const out = apply({ version: 2 });
    expect(out.method).toBe('POST');
    expect(requestUrl(out)).toBe('http://hook.local:3000/path?keep=1');
    expect(out.body).toEqual({ kind: 'json', value: { id: 7, name: 'Ann Lee', tags: ['a', 'b'] } });
  });

  it('rewrites method, URL, query and headers from the original request', () => {
    const out = apply(
      {
        version: 2,
        method: 'PUT',
        url: '{{$base_url}}/{{$body.id}}',
        query_params: { name: '{{$body.name}}', flag: null, gone: 'null', id: '{{$body.id}}' },
        request_headers: { add_headers: { 'x-user': '{{getSessionVariable("x-hasura-user-id")}}', 'content-type': 'text/plain' }, remove_headers: ['X-SECRET'] },
      },
      { 'x-hasura-user-id': '42' },
    );
    expect(out.method).toBe('PUT');
    // A transformed URL is taken as written; the new query goes after it.
    expect(requestUrl(out)).toBe('http://hook.local:3000/path?keep=1/7&flag&id=7&name=Ann+Lee');
    expect(out.headers).toEqual([
      ['content-type', 'text/plain'],
      ['x-user', '42'],
    ]);
  });

  it('takes the query from one template, parsed as a query string', () => {
    const out = apply({ version: 2, url: 'http://other.local/x', query_params: '{{$query_params[0][0]}}=2&id={{$body.id}}' });
    expect(requestUrl(out)).toBe('http://other.local/x?keep=2&id=7');
  });

  it('form-encodes a body, version 2 and version 1 with content_type', () => {
    expect(apply({ version: 2, body: { action: 'x_www_form_urlencoded', form_template: { who: '{{$body.name}}', id: '{{$body.id}}' } } }).body).toEqual({
      kind: 'raw',
      text: 'id=7&who=Ann%20Lee',
    });
    const v1 = apply({ body: '{"who": {{$body.name}}, "n": {{$body.id}}}', content_type: 'application/x-www-form-urlencoded' });
    expect(v1.body).toEqual({ kind: 'raw', text: 'who=Ann%20Lee&n=7' });
    expect(v1.headers).toContainEqual(['content-type', 'application/x-www-form-urlencoded']);
  });

  it('removes or replaces the body', () => {
    expect(apply({ version: 2, body: { action: 'remove' } }).body).toEqual({ kind: 'none' });
    expect(apply({ body: '{{ $body.tags }}' }).body).toEqual({ kind: 'json', value: ['a', 'b'] });
  });

  it("collects every field's errors, and refuses a URL that is not one", () => {
    try {
      apply({ version: 2, url: '{{$body.nope}}', request_headers: { add_headers: { x: '{{$body.tags}}' } } });
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(TransformErrorBundle);
      expect((error as TransformErrorBundle).errors).toEqual([
        expect.objectContaining({ error_code: 'Attribute Error' }),
        { error_code: 'TransformationError', message: 'Template must produce a String, Number, or Boolean value', value: ['a', 'b'] },
      ]);
    }
    expect(() => apply({ version: 2, url: 'not a url' })).toThrow('Invalid URL: not a url');
  });

  it('parses both body schemas and refuses what Hasura refuses', () => {
    expect(parseRequestTransform({ body: '{{$body}}' }).body).toEqual({ action: 'transform', template: '{{$body}}' });
    expect(() => parseRequestTransform({ version: 3 })).toThrow(new TransformSpecError('expected 1 or 2, encountered 3', '$.version'));
    expect(() => parseRequestTransform({ version: 2, body: { action: 'shout' } })).toThrow('invalid transform action');
    const transform = parseRequestTransform({ version: 2, url: '{{$base_url', body: { action: 'transform', template: '{{ $body }}' } });
    expect(templatesOf(transform)).toEqual(['{{ $body }}', '"{{$base_url"']);
    expect(templateErrors(templatesOf(transform))).toEqual([expect.objectContaining({ error_code: 'Parse Error' })]);
  });
});

describe('transformed calls and responses', () => {
  it('sends the JSON body untouched without a transform, and reshapes an answer with $request and $response', () => {
    const body = JSON.stringify({ input: { n: 2 } });
    const plain = transformCall(undefined, { url: 'http://h.local/a', headers: { a: 'b' }, body }, null);
    expect(plain).toMatchObject({ method: 'POST', url: 'http://h.local/a', headers: { a: 'b' }, body });
    const response = parseResponseTransform({
      version: 2,
      body: { action: 'transform', template: '{"n": {{$request.body.input.n}}, "status": {{$response.status}}, "v": {{$body.v}}}' },
    });
    expect(JSON.parse(transformResponseBody(response, { body: '{"v": true}', status: 201 }, plain.context, null))).toEqual({ n: 2, status: 201, v: true });
    expect(
      transformResponseBody(parseResponseTransform({ version: 2, body: { action: 'transform', template: '{{$body}}' } }), { body: 'oops', status: 500 }, plain.context, null),
    ).toBe('null');
  });
});
