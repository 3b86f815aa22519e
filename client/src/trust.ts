// Workspace trust: in an untrusted folder Docker Coach checks files and teaches, but starts no
// docker, compose or podman process (a cloned repository must not run code by being opened).
import * as vscode from 'vscode';
import { t } from './i18n';

/** Why the engine may not be asked, or undefined when it may. */
export function untrustedReason(): string | undefined {
  return vscode.workspace.isTrusted ? undefined : t('This folder is not trusted, so Docker Coach runs no docker command here. Trust the folder to build and run.');
}

/** Wraps a command that starts docker: in an untrusted folder it says why and does nothing. */
export function whenTrusted<A extends unknown[], R>(handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    const reason = untrustedReason();
    if (!reason) return handler(...args);
    const manage = t('Manage Workspace Trust');
    void vscode.window.showWarningMessage(reason, manage).then((choice) => {
      if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
    });
    return undefined;
  };
}
