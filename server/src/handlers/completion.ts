// Completion: analysis/completion computes items; this maps them to LSP.
import type { CompletionItem, CompletionParams, TextDocuments } from 'vscode-languageserver/node';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { dockerfileCompletions, type CompletionKind } from '../analysis/completion/dockerfile';
import { composeCompletions } from '../analysis/completion/compose';
import type { DocumentState } from '../documents';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword, flag: CompletionItemKind.Property, stage: CompletionItemKind.Reference, variable: CompletionItemKind.Variable,
};

export function completion(params: CompletionParams, documents: TextDocuments<TextDocument>, state: DocumentState): CompletionItem[] {
  const doc = documents.get(params.textDocument.uri);
  const kind = doc ? state.kindOf(doc) : undefined;
  if (!doc || !kind) return [];
  const model = state.model(doc, kind);
  const items = model.kind === 'dockerfile' ? dockerfileCompletions(model, params.position, state.lang) : composeCompletions(model, params.position, state.lang);
  return items.map((i) => ({
    label: i.label,
    kind: KIND[i.kind],
    insertText: i.insertText,
    insertTextFormat: i.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(i.detail ? { detail: i.detail } : {}),
    ...(i.documentation ? { documentation: { kind: MarkupKind.Markdown, value: i.documentation } } : {}),
  }));
}
