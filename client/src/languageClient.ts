// Starts the language server (dist/server.js over IPC) and keeps its settings in step.
import * as vscode from 'vscode';
import { SERVER_EXEC_ARGV } from '../../server/src/runtimeFlags';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { effectiveLanguage } from './i18n';

export const OPEN_LESSON = 'dockerCoach.openLesson';

export function serverSettings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('dockerCoach');
  return {
    lang: effectiveLanguage(),
    rules: c.get('rules', {}),
    composeFiles: c.get('compose.files', []),
    composePatterns: c.get('compose.patterns', []),
    coachClient: true,
    format: {
      enable: c.get('format.enable', true),
      instructionCase: c.get('format.instructionCase', 'upper'),
      continuationIndent: c.get<number | null>('format.continuationIndent', null),
      collapseBlankLines: c.get('format.collapseBlankLines', true),
    },
  };
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const patterns = vscode.workspace.getConfiguration('dockerCoach').get<string[]>('compose.patterns', []);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'dockerfile' },
      { language: 'dockercompose' },
      ...patterns.map((pattern) => ({ pattern: `**/${pattern}` })),
    ],
    initializationOptions: serverSettings(),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.dockerignore,.env,.docker-coach.yaml,*Dockerfile*,*.env}') },
    middleware: {
      // Hovers link lessons through a command URI: trust exactly that one command.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (!hover) return hover;
        for (const c of hover.contents) if (c instanceof vscode.MarkdownString) c.isTrusted = { enabledCommands: [OPEN_LESSON] };
        return hover;
      },
    },
  };
  return new LanguageClient('dockerCoach', 'Docker Coach', serverOptions, clientOptions);
}
