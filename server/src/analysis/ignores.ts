// Inline ignore comments (contracts note): our own `# docker-coach ignore=...`, hadolint's
// `# hadolint ignore=...` and dclint's `# dclint-disable...`, the peers' ids mapped to our codes
// through each rule's equivalents.
import type { DockerfileModel } from './dockerfile/model';
import { splitLines } from './text';

/** Our codes for a peer's rule id, e.g. ('hadolint', 'DL3006') -> ['DF001']. */
export type PeerLookup = (tool: string, id: string) => string[];

type CodeSet = Set<string> | 'all';

export class Suppressions {
  private readonly byLine = new Map<number, CodeSet>();
  private file: CodeSet = new Set();

  isSuppressed(code: string, line: number): boolean {
    return has(this.file, code) || has(this.byLine.get(line), code);
  }

  addFile(codes: CodeSet): void { this.file = merge(this.file, codes); }

  addLines(from: number, to: number, codes: CodeSet): void {
    for (let l = from; l <= to; l++) this.byLine.set(l, merge(this.byLine.get(l), codes));
  }
}

function has(set: CodeSet | undefined, code: string): boolean {
  return set === 'all' || (set !== undefined && set.has(code));
}

function merge(a: CodeSet | undefined, b: CodeSet): CodeSet {
  if (a === 'all' || b === 'all') return 'all';
  return new Set([...(a ?? []), ...b]);
}

function codeList(list: string | undefined, peer: string | null, lookup: PeerLookup): CodeSet {
  if (list === undefined || list.trim() === '') return 'all';
  const codes = new Set<string>();
  for (const raw of list.split(/[\s,]+/)) {
    const id = raw.trim();
    if (!id) continue;
    if (peer === null) codes.add(id.toUpperCase() === 'INTERNAL' ? 'internal' : id.toUpperCase());
    else for (const c of lookup(peer, id)) codes.add(c);
  }
  return codes;
}

const OWN = /^docker-coach\s+(ignore-file|ignore)(?:\s*=\s*([\w\s,-]*))?\s*$/i;
const HADOLINT = /^hadolint\s+(global\s+)?ignore\s*=\s*([\w\s,-]+)$/i;

export function dockerfileSuppressions(model: DockerfileModel, lookup: PeerLookup): Suppressions {
  const s = new Suppressions();
  const firstInstructionLine = model.instructions[0]?.range.start.line ?? Infinity;
  const starts = model.instructions.map((i) => i.range);
  const nextInstruction = (line: number) => starts.find((r) => r.start.line > line);
  const comments = [...model.comments.map((c) => ({ line: c.line, text: c.text.trim() })),
    // dockerfile-ast reads `# key=value` lines at the top as directives (and cuts the key at a
    // space), so read those lines as written.
    ...model.directives.map((d) => ({ line: d.range.start.line, text: (model.lines[d.range.start.line] ?? '').replace(/^\s*#\s*/, '').trim() }))];
  for (const c of comments) {
    const own = OWN.exec(c.text);
    const peer = own ? null : HADOLINT.exec(c.text);
    if (!own && !peer) continue;
    const codes = own ? codeList(own[2], null, lookup) : codeList(peer?.[2], 'hadolint', lookup);
    const fileWide = own ? (own[1] as string).toLowerCase() === 'ignore-file' : Boolean(peer?.[1]);
    if (fileWide) {
      if (!own || c.line < firstInstructionLine) s.addFile(codes);
      continue;
    }
    const next = nextInstruction(c.line);
    if (next) s.addLines(next.start.line, next.end.line, codes);
  }
  return s;
}

const DCLINT = /^dclint-disable(-next-line|-line|-file)?(?:\s+(.*))?$/i;

/** Compose: a comment silences the next line's key or item and the block under it. */
export function composeSuppressions(text: string, lookup: PeerLookup): Suppressions {
  const s = new Suppressions();
  const lines = splitLines(text);
  let seenContent = false;
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const blockEnd = (start: number): number => {
    const indent = indentOf(lines[start] ?? '');
    const opensBlock = /:\s*(#.*)?$/.test(lines[start] ?? '');
    let end = start;
    for (let l = start + 1; l < lines.length; l++) {
      const t = (lines[l] ?? '').trim();
      if (t === '' || t.startsWith('#')) continue;
      const ind = indentOf(lines[l] ?? '');
      // `key:` followed by `- item` at the same indent is still the key's block.
      const sameIndentItem = ind === indent && opensBlock && t.startsWith('-');
      if (ind <= indent && !sameIndentItem) break;
      end = l;
    }
    return end;
  };
  const nextContent = (from: number): number | undefined => {
    for (let l = from; l < lines.length; l++) {
      const t = (lines[l] ?? '').trim();
      if (t !== '' && !t.startsWith('#')) return l;
    }
    return undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const hash = line.indexOf('#');
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#') && !trimmed.startsWith('---')) seenContent = true;
    if (hash < 0) continue;
    const body = line.slice(hash + 1).trim();
    const own = OWN.exec(body);
    if (own) {
      const codes = codeList(own[2], null, lookup);
      if ((own[1] as string).toLowerCase() === 'ignore-file') { if (!seenContent) s.addFile(codes); continue; }
      const next = nextContent(i + 1);
      if (next !== undefined) s.addLines(next, blockEnd(next), codes);
      continue;
    }
    const dc = DCLINT.exec(body);
    if (!dc) continue;
    const codes = codeList(dc[2], 'dclint', lookup);
    const mode = dc[1]?.toLowerCase();
    if (mode === '-line') s.addLines(i, i, codes);
    else if (mode === '-next-line') { const next = nextContent(i + 1); if (next !== undefined) s.addLines(next, next, codes); }
    else if (mode === '-file' || !seenContent) s.addFile(codes);
  }
  return s;
}
