// Formatting: analysis/format computes the edits over the shared parse; this applies the
// settings (dockerCoach.format.*) and the editor's options. Compose files are not formatted.
import type {
  DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, TextDocuments, TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatDockerfile, formatOnType } from '../analysis/format/dockerfile';
import { dockerfileFormat, type DockerfileFormat } from '../analysis/format/options';
import type { DockerfileModel } from '../analysis/dockerfile/model';
import type { DocumentState } from '../documents';

export const ON_TYPE_TRIGGER = '\n';

function withModel(uri: string, options: FormattingOptions, documents: TextDocuments<TextDocument>, state: DocumentState,
  run: (model: DockerfileModel, fmt: DockerfileFormat) => TextEdit[]): TextEdit[] {
  const doc = documents.get(uri);
  if (!doc || !state.formatSettings.enable || state.kindOf(doc) !== 'dockerfile') return [];
  const model = state.model(doc, 'dockerfile');
  if (model.kind !== 'dockerfile' || model.text.includes('\u0000')) return [];
  const edits = run(model, dockerfileFormat(state.formatSettings, options));
  // The model was parsed without a byte order mark; the document still has it on line 0.
  return doc.getText().charCodeAt(0) === 0xfeff ? edits.map(afterBom) : edits;
}

function afterBom(e: TextEdit): TextEdit {
  const shift = (p: TextEdit['range']['start']) => (p.line === 0 ? { line: 0, character: p.character + 1 } : p);
  return { range: { start: shift(e.range.start), end: shift(e.range.end) }, newText: e.newText };
}

export function formatDocument(params: DocumentFormattingParams, documents: TextDocuments<TextDocument>, state: DocumentState): TextEdit[] {
  return withModel(params.textDocument.uri, params.options, documents, state, (model, fmt) => formatDockerfile(model, fmt));
}

export function formatRange(params: DocumentRangeFormattingParams, documents: TextDocuments<TextDocument>, state: DocumentState): TextEdit[] {
  return withModel(params.textDocument.uri, params.options, documents, state, (model, fmt) => formatDockerfile(model, fmt, params.range));
}

export function formatTyped(params: DocumentOnTypeFormattingParams, documents: TextDocuments<TextDocument>, state: DocumentState): TextEdit[] {
  if (params.ch !== ON_TYPE_TRIGGER) return [];
  return withModel(params.textDocument.uri, params.options, documents, state, (model, fmt) => formatOnType(model, params.position, fmt));
}
