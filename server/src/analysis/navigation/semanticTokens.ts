// Semantic tokens where the TextMate grammar cannot know: in a Dockerfile, which words are
// variables (`$VAR`, `${VAR:-x}`, ARG and ENV names) and which are stage names (`FROM ... AS x`,
// `COPY --from=x`, `FROM x` when x is a stage). Read off the shared navigation index. A small
// legend: two types, three modifiers.
import type { DockerfileModel } from '../dockerfile/model';
import { BUILDKIT_ARGS, PLATFORM_ARGS, PROXY_ARGS } from '../dockerfile/variables';
import type { Range } from '../types';
import { navIndex } from './references';

export const TOKEN_TYPES = ['namespace', 'variable'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'readonly', 'defaultLibrary'] as const;

type TokenType = typeof TOKEN_TYPES[number];
type TokenModifier = typeof TOKEN_MODIFIERS[number];

export interface SemanticToken { line: number; character: number; length: number; type: TokenType; modifiers: TokenModifier[] }

const PREDEFINED: ReadonlySet<string> = new Set([...PLATFORM_ARGS, ...PROXY_ARGS, ...BUILDKIT_ARGS]);

/** Tokens in document order, optionally only those on the lines of `range`. Never overlapping, never multi-line. */
export function dockerfileTokens(model: DockerfileModel, range?: Range): SemanticToken[] {
  const out: SemanticToken[] = [];
  let last = { line: -1, end: -1 };
  for (const o of navIndex(model).occurrences) {
    const r = o.range;
    if (r.start.line !== r.end.line || r.end.character <= r.start.character) continue;
    if (range && (r.start.line < range.start.line || r.start.line > range.end.line)) continue;
    if (r.start.line === last.line && r.start.character < last.end) continue;
    const modifiers: TokenModifier[] = [];
    if (o.declaration) modifiers.push('declaration');
    if (o.kind === 'stage') {
      // Only names: `COPY --from=0` and an unnamed stage's FROM keyword are no stage names.
      if (o.byIndex) continue;
      out.push({ line: r.start.line, character: r.start.character, length: r.end.character - r.start.character, type: 'namespace', modifiers });
    } else if (o.kind === 'variable') {
      if (o.binding === 'ARG') modifiers.push('readonly');
      if (PREDEFINED.has(o.name) && o.binding !== 'ENV') modifiers.push('defaultLibrary');
      out.push({ line: r.start.line, character: r.start.character, length: r.end.character - r.start.character, type: 'variable', modifiers });
    } else continue;
    last = { line: r.start.line, end: r.end.character };
  }
  return out;
}
