import type { RequestHeaders } from '../../auth/headers.js';
import type { Session } from '../../auth/session.js';
import { parseClientMessage, type ClientMessage, type OperationPayload } from './client-messages.js';
import type { ConnectionActions, Dialect } from './dialect.js';
import type { Authenticate, GraphQLErrorJson, OperationSink, StartOperation } from './operation.js';
import { OperationRegistry } from './operation-registry.js';
import { closeReason, encode } from './server-messages.js';
import { realTimers, type ProtocolConnection, type ProtocolSocket, type Timers } from './socket.js';
import { CloseCode } from './close-codes.js';

export interface ConnectionOptions {
  socket: ProtocolSocket;
  /** Headers of the HTTP upgrade request; `connection_init` payload headers override them. */
  upgradeHeaders: RequestHeaders;
  authenticate: Authenticate;
  startOperation: StartOperation;
  keepAliveMs: number;
  initTimeoutMs: number;
  timers?: Timers;
  /** Called when an operation starts or ends, for metrics. */
  onOperationCount?: (delta: 1 | -1) => void;
}

/** Frames that arrive while `connection_init` is being authenticated wait; a flood is a protocol error. */
const MAX_QUEUED_WHILE_INITIALISING = 1000;

type State = { kind: 'waiting' } | { kind: 'initialising' } | { kind: 'ready'; session: Session } | { kind: 'failed'; error: string };

/**
 * One client connection: the protocol state machine, free of I/O (style.md §4). It is fed
 * frames with `onMessage`, and acts only through the socket, the timers and `startOperation`.
 * Frames are handled one at a time, in order, as Hasura does: the legacy Apollo client sends
 * `start` right after `connection_init` without waiting for the ack, so frames that arrive
 * while the init is authenticated are queued, not rejected.
 */
export class Connection implements ProtocolConnection {
  private state: State = { kind: 'waiting' };
  private closed = false;
  private initReceived = false;
  private readonly queue: string[] = [];
  private readonly operations = new OperationRegistry();
  private readonly timers: Timers;
  private initTimer: unknown = null;
  private keepAliveTimer: unknown = null;
  private expiryTimer: unknown = null;
  private readonly actions: ConnectionActions;

  constructor(
    private readonly dialect: Dialect,
    private readonly options: ConnectionOptions,
  ) {
    this.timers = options.timers ?? realTimers;
    this.actions = {
      send: (frame) => {
        if (!this.closed) options.socket.send(frame);
      },
      close: (code, reason) => this.close(code, reason),
    };
    if (options.initTimeoutMs > 0) {
      this.initTimer = this.timers.setTimeout(() => {
        this.initTimer = null;
        if (!this.initReceived && !this.closed) dialect.initTimedOut(this.actions);
      }, options.initTimeoutMs);
    }
  }

  get operationCount(): number {
    return this.operations.size;
  }

  onMessage(text: string): void {
    if (this.closed) return;
    if (this.state.kind === 'initialising') {
      if (this.queue.length >= MAX_QUEUED_WHILE_INITIALISING) {
        this.close(CloseCode.BadRequest, 'Too many messages before connection_ack');
        return;
      }
      this.queue.push(text);
      return;
    }
    this.handle(text);
  }

  onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.cleanup();
  }

  private close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.cleanup();
    this.options.socket.close(code, closeReason(reason));
  }

  private cleanup(): void {
    for (const timer of [this.initTimer, this.keepAliveTimer, this.expiryTimer]) {
      if (timer !== null) this.timers.clearTimeout(timer);
    }
    this.initTimer = this.keepAliveTimer = this.expiryTimer = null;
    this.queue.length = 0;
    this.operations.stopAll();
  }

  private handle(text: string): void {
    const parsed = parseClientMessage(text);
    if ('error' in parsed) {
      this.dialect.malformed(parsed.error, this.actions);
      return;
    }
    this.dispatch(parsed.ok);
  }

  private dispatch(message: ClientMessage): void {
    switch (message.type) {
      case 'connection_init':
        if (this.initReceived) this.dialect.tooManyInits(this.actions);
        else this.init(message.headers);
        return;
      case 'ping':
        this.actions.send(encode.pong(message.payload));
        return;
      case 'pong':
        return;
      case 'subscribe':
        this.subscribe(message.id, message.payload);
        return;
      case 'complete':
        this.operations.stop(message.id);
        return;
      case 'connection_terminate':
        this.close(CloseCode.Normal, 'GQL_CONNECTION_TERMINATE received');
        return;
    }
  }

  private init(payloadHeaders: Record<string, string>): void {
    this.initReceived = true;
    if (this.initTimer !== null) {
      this.timers.clearTimeout(this.initTimer);
      this.initTimer = null;
    }
    this.state = { kind: 'initialising' };
    const headers = { ...lowerCaseKeys(this.options.upgradeHeaders), ...payloadHeaders };
    this.options.authenticate(headers).then(
      ({ session, expiresAt }) => {
        if (this.closed) return;
        this.state = { kind: 'ready', session };
        this.actions.send(encode.connectionAck());
        this.keepAlive();
        if (expiresAt !== undefined) this.armExpiry(expiresAt);
        this.drainQueue();
      },
      (error: unknown) => {
        if (this.closed) return;
        const message = error instanceof Error ? error.message : String(error);
        this.state = { kind: 'failed', error: message };
        this.dialect.initFailed(message, this.actions);
        this.drainQueue();
      },
    );
  }

  private drainQueue(): void {
    while (!this.closed && this.state.kind !== 'initialising' && this.queue.length > 0) {
      this.handle(this.queue.shift()!);
    }
  }

  private keepAlive(): void {
    if (this.closed || this.options.keepAliveMs <= 0) return;
    this.actions.send(this.dialect.keepAliveFrame());
    this.keepAliveTimer = this.timers.setTimeout(() => this.keepAlive(), this.options.keepAliveMs);
  }

  private armExpiry(expiresAt: number): void {
    // setTimeout holds at most 2^31-1 ms; long-lived tokens re-arm.
    const delay = Math.min(expiresAt - this.timers.now(), 2 ** 31 - 1);
    if (delay <= 0) {
      this.dialect.credentialsExpired(this.actions);
      return;
    }
    this.expiryTimer = this.timers.setTimeout(() => this.armExpiry(expiresAt), delay);
  }

  private subscribe(id: string, payload: OperationPayload): void {
    if (this.state.kind !== 'ready') {
      this.dialect.notReady(id, this.state.kind === 'failed' ? this.state.error : null, this.actions);
      return;
    }
    if (this.operations.has(id)) {
      this.dialect.duplicateId(id, this.actions);
      return;
    }
    const token = this.operations.begin(id);
    this.options.onOperationCount?.(1);
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      this.options.onOperationCount?.(-1);
    };
    const current = (): boolean => !this.closed && this.operations.isCurrent(id, token);
    const sink: OperationSink = {
      next: (payloadJson) => {
        if (current()) this.actions.send(this.dialect.nextFrame(id, payloadJson));
      },
      error: (errors: GraphQLErrorJson[]) => {
        if (!current()) return;
        for (const frame of this.dialect.errorFrames(id, errors, this.actions)) this.actions.send(frame);
        this.operations.finished(id, token);
        end();
      },
      complete: () => {
        if (!current()) return;
        this.actions.send(encode.complete(id));
        this.operations.finished(id, token);
        end();
      },
    };
    this.options.startOperation(payload, this.state.session, sink).then(
      (handle) => {
        const wrapped = {
          stop: () => {
            handle.stop();
            end();
          },
        };
        if (this.closed) wrapped.stop();
        else this.operations.started(id, token, wrapped);
      },
      (error: unknown) => {
        // startOperation must not reject; if it does, the client still hears about it.
        sink.error([{ message: error instanceof Error ? error.message : String(error), extensions: { path: '$', code: 'unexpected' } }]);
        end();
      },
    );
  }
}

function lowerCaseKeys(headers: RequestHeaders): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
