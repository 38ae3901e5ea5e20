/**
 * Every IPC message passes two gates before its handler runs (after VS Code's `validatedIpcMain`):
 * the sender must be the main frame of one of our windows showing our own origin, and the
 * arguments must parse with the channel's zod schema from `shared/platform/ipc.ts`. Only then may
 * the handler touch the file system.
 */
import type { z } from 'zod';
import {
  IPC_INVOKE_ARGUMENTS,
  IPC_SEND_ARGUMENTS,
  type IpcInvokeChannel,
  type IpcSendChannel,
} from '../../shared/platform/ipc';
import { isAppUrl } from './appOrigin';

/** The frame an IPC message came from (`event.senderFrame`). */
export interface SenderFrameLike {
  readonly url: string;
  /** null for a top-level frame. */
  readonly parent: unknown;
}

/** The parts of `IpcMainEvent` / `IpcMainInvokeEvent` the gates read. */
export interface IpcEventLike {
  /** null once the frame navigated away or was destroyed. */
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: { readonly id: number; readonly mainFrame: unknown };
}

export type SenderVerdict = { readonly trusted: true } | { readonly trusted: false; readonly reason: string };

/**
 * Whether an IPC message comes from our own page: a frame still alive, the top-level frame of its
 * WebContents (never an iframe), showing `app://zonewright/…`, in a window this app created.
 */
export function checkSender(event: IpcEventLike, isOwnWebContents: (id: number) => boolean): SenderVerdict {
  const frame = event.senderFrame;
  if (!frame) return { trusted: false, reason: 'the sending frame is gone' };
  if (frame.parent !== null || frame !== event.sender.mainFrame) return { trusted: false, reason: 'a subframe sent it' };
  if (!isAppUrl(frame.url)) return { trusted: false, reason: `foreign origin ${frame.url.slice(0, 100)}` };
  if (!isOwnWebContents(event.sender.id)) return { trusted: false, reason: 'not a window of this app' };
  return { trusted: true };
}

/** The registration calls of `ipcMain`. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
}

type InvokeArgs<C extends IpcInvokeChannel> = z.output<(typeof IPC_INVOKE_ARGUMENTS)[C]>;
type SendArgs<C extends IpcSendChannel> = z.output<(typeof IPC_SEND_ARGUMENTS)[C]>;

export type InvokeHandlers = { readonly [C in IpcInvokeChannel]: (event: IpcEventLike, ...args: InvokeArgs<C>) => unknown };
export type SendHandlers = { readonly [C in IpcSendChannel]: (event: IpcEventLike, ...args: SendArgs<C>) => void };

export interface IpcRegistration {
  readonly invoke: InvokeHandlers;
  readonly send: SendHandlers;
  readonly isOwnWebContents: (id: number) => boolean;
  readonly log?: (message: string) => void;
}

/** The error a rejected invoke carries back to the renderer: short, no echo of the payload. */
export class IpcRejection extends Error {
  override readonly name = 'IpcRejection';
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid arguments';
  const where = first.path.length > 0 ? first.path.join('.') : 'arguments';
  return `${where} ${first.message}`;
}

/**
 * Parses one message: sender first (a foreign frame learns nothing about the schema), then the
 * argument tuple (wrong count, types, sizes, paths all fail here).
 */
export function admit<S extends z.ZodTuple>(
  channel: string,
  schema: S,
  event: IpcEventLike,
  args: readonly unknown[],
  isOwnWebContents: (id: number) => boolean,
): { readonly ok: true; readonly args: z.output<S> } | { readonly ok: false; readonly reason: string } {
  const verdict = checkSender(event, isOwnWebContents);
  if (!verdict.trusted) return { ok: false, reason: `${channel}: untrusted sender (${verdict.reason})` };
  const parsed = schema.safeParse(args);
  if (!parsed.success) return { ok: false, reason: `${channel}: ${describeIssues(parsed.error)}` };
  return { ok: true, args: parsed.data };
}

/** Registers every channel of the contract, each behind both gates; no other channel is listened to. */
export function registerIpcHandlers(ipcMain: IpcMainLike, registration: IpcRegistration): void {
  const log = registration.log ?? (() => {});
  for (const channel of Object.keys(IPC_INVOKE_ARGUMENTS) as IpcInvokeChannel[]) {
    const schema = IPC_INVOKE_ARGUMENTS[channel];
    const handler = registration.invoke[channel] as (event: IpcEventLike, ...args: unknown[]) => unknown;
    ipcMain.handle(channel, (event, ...args) => {
      const admitted = admit(channel, schema, event, args, registration.isOwnWebContents);
      if (!admitted.ok) {
        log(`rejected IPC ${admitted.reason}`);
        throw new IpcRejection(admitted.reason);
      }
      return handler(event, ...(admitted.args as unknown[]));
    });
  }
  for (const channel of Object.keys(IPC_SEND_ARGUMENTS) as IpcSendChannel[]) {
    const schema = IPC_SEND_ARGUMENTS[channel];
    const handler = registration.send[channel] as (event: IpcEventLike, ...args: unknown[]) => void;
    ipcMain.on(channel, (event, ...args) => {
      const admitted = admit(channel, schema, event, args, registration.isOwnWebContents);
      if (!admitted.ok) {
        log(`ignored IPC ${admitted.reason}`);
        return;
      }
      handler(event, ...(admitted.args as unknown[]));
    });
  }
}
