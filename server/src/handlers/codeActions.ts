// Quick fixes from each finding's data, plus "Open lesson" and "Ignore here" for every finding.
import type { CodeAction, CodeActionParams, Diagnostic, TextDocuments, WorkspaceEdit } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { fixesFor } from '../analysis/analyze';
import { ignoreCommentEdit } from '../analysis/ignoreFix';
import type { DocumentState } from '../documents';
import { lessonArgs, OPEN_LESSON_COMMAND } from '../links';
import { lessonTitle } from '../lessonIndex';
import type { DiagnosticData } from './diagnostics';

function isOurs(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === 'docker-coach' && typeof d.data === 'object' && d.data !== null && typeof (d.data as DiagnosticData).code === 'string';
}

export function codeActions(params: CodeActionParams, documents: TextDocuments<TextDocument>, state: DocumentState): CodeAction[] {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const kind = state.kindOf(doc);
  if (!kind) return [];
  const model = state.model(doc, kind);
  const lang = state.lang;
  const actions: CodeAction[] = [];
  const only = params.context.only;
  const wants = (k: string) => !only || only.some((o) => k === o || k.startsWith(`${o}.`));
  for (const d of params.context.diagnostics.filter(isOurs)) {
    if (wants(CodeActionKind.QuickFix)) {
      for (const fix of fixesFor(model, { code: d.data.code, range: d.range, data: d.data.data }, lang)) {
        const edit: WorkspaceEdit = { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: fix.edits }] };
        for (const other of fix.otherFiles ?? []) {
          const uri = pathToFileURL(other.file).toString();
          const open = documents.get(uri);
          edit.documentChanges?.push({ textDocument: { uri, version: open?.version ?? null }, edits: other.edits });
        }
        // The command marks the walkthrough's "Fix it" step done (client side, no-op elsewhere).
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred ?? false, edit,
          ...(state.coachClient ? { command: { title: fix.title, command: 'dockerCoach.noteFixApplied' } } : {}) });
      }
      const ignore = ignoreCommentEdit(model, d.data.code, d.range.start.line);
      if (ignore) {
        actions.push({
          title: lang === 'ru' ? `Игнорировать ${d.data.code} здесь` : `Ignore ${d.data.code} here`,
          kind: CodeActionKind.QuickFix, diagnostics: [d],
          edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [ignore] }] },
        });
      }
    }
    if (wants(CodeActionKind.Empty) || wants(CodeActionKind.QuickFix)) {
      const [id] = lessonArgs(d.data.lesson);
      actions.push({
        title: lang === 'ru' ? `Открыть урок: ${lessonTitle(id, lang)}` : `Open lesson: ${lessonTitle(id, lang)}`,
        kind: CodeActionKind.QuickFix, diagnostics: [d],
        command: { title: 'Open lesson', command: OPEN_LESSON_COMMAND, arguments: lessonArgs(d.data.lesson) },
      });
    }
  }
  return actions;
}
