// Hover: analysis/hover computes the text; this adds the lesson link (a command URI the client
// trusts for dockerCoach.openLesson only).
import type { Hover, HoverParams, TextDocuments } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { dockerfileHover, type HoverResult } from '../analysis/hover/dockerfile';
import { composeHover } from '../analysis/hover/compose';
import type { DocumentState } from '../documents';
import { lessonCommandUri } from '../links';
import { lessonTitle } from '../lessonIndex';

export function hover(params: HoverParams, documents: TextDocuments<TextDocument>, state: DocumentState): Hover | null {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const kind = state.kindOf(doc);
  if (!kind) return null;
  const model = state.model(doc, kind);
  const lang = state.lang;
  const result: HoverResult | undefined = model.kind === 'dockerfile'
    ? dockerfileHover(model, params.position, lang)
    : composeHover(model, params.position, lang, state.projectFor(doc));
  if (!result) return null;
  let value = result.markdown;
  if (result.lesson) {
    const id = result.lesson.split('#')[0] as string;
    const label = lang === 'ru' ? 'Урок' : 'Lesson';
    value += `\n\n[${label}: ${lessonTitle(id, lang)}](${lessonCommandUri(result.lesson)})`;
  }
  return { contents: { kind: MarkupKind.Markdown, value }, range: result.range };
}
