// Every request goes through here. A request the client cancelled while it still waited in the
// queue is answered "cancelled" without any work (VS Code cancels hovers and completions as the
// user types on). A handler that throws answers empty and logs once: one bad file never takes a
// feature, or the server, down.
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken, ConnectionStrategy, Message, ResponseMessage } from 'vscode-languageserver/node';

export const connectionStrategy: ConnectionStrategy = {
  cancelUndispatched(message: Message): ResponseMessage | undefined {
    const id = (message as { id?: number | string | null }).id;
    if (id === undefined) return undefined;
    return { jsonrpc: '2.0', id, error: { code: LSPErrorCodes.RequestCancelled, message: 'The request was cancelled before it started.' } };
  },
};

type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

export function guarded<P, R>(name: string, empty: R, log: (msg: string) => void, handler: Handler<P, R>): Handler<P, R | ResponseError<void>> {
  return async (params, token) => {
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} was cancelled.`);
    try {
      return await handler(params, token);
    } catch (err) {
      log(`${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return empty;
    }
  };
}
