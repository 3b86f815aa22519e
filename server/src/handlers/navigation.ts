// Outline, folding, document links and semantic tokens: analysis/navigation computes them over
// the shared parse; this maps them to LSP.
import { pathToFileURL } from 'node:url';
import { FoldingRangeKind, SemanticTokensBuilder, SymbolKind } from 'vscode-languageserver/node';
import type {
  DocumentLink, DocumentLinkParams, DocumentSymbol, DocumentSymbolParams, FoldingRange, FoldingRangeParams,
  SemanticTokens, SemanticTokensLegend, SemanticTokensParams, SemanticTokensRangeParams, TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { composeFolds, dockerfileFolds } from '../analysis/navigation/folding';
import { composeLinks } from '../analysis/navigation/links';
import { dockerfileTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../analysis/navigation/semanticTokens';
import { composeSymbols, dockerfileSymbols, type DocSymbol, type SymbolKind as Kind } from '../analysis/navigation/symbols';
import type { Range } from '../analysis/types';
import type { DocumentState } from '../documents';

function modelOf(uri: string, documents: TextDocuments<TextDocument>, state: DocumentState) {
  const doc = documents.get(uri);
  const kind = doc ? state.kindOf(doc) : undefined;
  return doc && kind ? { doc, model: state.model(doc, kind) } : undefined;
}

const SYMBOL_KIND: Record<Kind, SymbolKind> = {
  stage: SymbolKind.Class, instruction: SymbolKind.Function, variable: SymbolKind.Variable, section: SymbolKind.Namespace,
  service: SymbolKind.Class, volume: SymbolKind.Struct, network: SymbolKind.Interface, secret: SymbolKind.Key, config: SymbolKind.File, key: SymbolKind.Property,
};

function toSymbol(s: DocSymbol): DocumentSymbol {
  return {
    name: s.name || ' ', kind: SYMBOL_KIND[s.kind], range: s.range, selectionRange: s.selectionRange,
    ...(s.detail ? { detail: s.detail } : {}), children: s.children.map(toSymbol),
  };
}

export function documentSymbols(params: DocumentSymbolParams, documents: TextDocuments<TextDocument>, state: DocumentState): DocumentSymbol[] {
  const m = modelOf(params.textDocument.uri, documents, state);
  if (!m) return [];
  return (m.model.kind === 'dockerfile' ? dockerfileSymbols(m.model) : composeSymbols(m.model)).map(toSymbol);
}

export function foldingRanges(params: FoldingRangeParams, documents: TextDocuments<TextDocument>, state: DocumentState): FoldingRange[] {
  const m = modelOf(params.textDocument.uri, documents, state);
  if (!m) return [];
  const folds = m.model.kind === 'dockerfile' ? dockerfileFolds(m.model) : composeFolds(m.model);
  return folds.map((f) => ({ startLine: f.startLine, endLine: f.endLine, ...(f.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : {}) }));
}

export function documentLinks(params: DocumentLinkParams, documents: TextDocuments<TextDocument>, state: DocumentState): DocumentLink[] {
  const m = modelOf(params.textDocument.uri, documents, state);
  const project = m ? state.projectFor(m.doc) : undefined;
  if (!m || m.model.kind !== 'compose' || !project) return [];
  return composeLinks(m.model, project).map((l) => ({ range: l.range, target: pathToFileURL(l.target).href }));
}

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

function encode(m: ReturnType<typeof modelOf>, range?: Range): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  if (m?.model.kind === 'dockerfile') {
    for (const t of dockerfileTokens(m.model, range)) {
      const modifiers = t.modifiers.reduce((bits, name) => bits | (1 << TOKEN_MODIFIERS.indexOf(name)), 0);
      builder.push(t.line, t.character, t.length, TOKEN_TYPES.indexOf(t.type), modifiers);
    }
  }
  return builder.build();
}

export function semanticTokens(params: SemanticTokensParams, documents: TextDocuments<TextDocument>, state: DocumentState): SemanticTokens {
  return encode(modelOf(params.textDocument.uri, documents, state));
}

export function semanticTokensRange(params: SemanticTokensRangeParams, documents: TextDocuments<TextDocument>, state: DocumentState): SemanticTokens {
  return encode(modelOf(params.textDocument.uri, documents, state), params.range);
}
