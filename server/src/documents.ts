// Per-document analysis state: one parse and one analysis per document version, shared by
// diagnostics, hovers, code actions and completions.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeModel, parse, type Analysis, type Model } from './analysis/analyze';
import { kindOf } from './analysis/fileKinds';
import { MAX_DOCUMENT_CHARS, tooLargeFinding } from './analysis/limits';
import type { FileKind } from './analysis/types';
import type { ProjectContext } from './analysis/project/context';
import { composeSetOf, ConfigLookup } from './workspace/config';
import { resolve as resolvePath } from 'node:path';
import { fsProject } from './workspace/fsProject';
import { ReadLog } from './workspace/readLog';
import type { ServerSettings } from './settings';

/** Documents whose parse and analysis stay in memory: the ones being edited and looked at. */
export const KEPT_DOCUMENTS = 40;

interface Entry {
  version: number; text: string; model: Model; analysis?: Analysis;
  /** Set for a document over MAX_DOCUMENT_CHARS: its model is of an empty text, and its one finding says why. */
  tooLarge?: number;
}

export class DocumentState {
  private readonly entries = new Map<string, Entry>();
  readonly configs = new ConfigLookup();
  /** The files each document's analysis read: what to refresh when one of them changes. */
  readonly reads = new ReadLog();
  /** The workspace root the client opened (for settings with relative paths). */
  root: string | undefined;

  constructor(private settings: ServerSettings, private readonly openText: (path: string) => string | undefined, private readonly log: (msg: string) => void) {}

  updateSettings(settings: ServerSettings): void {
    this.settings = settings;
    for (const e of this.entries.values()) delete e.analysis;
  }

  get lang() { return this.settings.lang; }
  get coachClient() { return this.settings.coachClient; }
  get formatSettings() { return this.settings.format; }
  /** Extra compose file name patterns from the settings. */
  get composePatterns(): readonly string[] { return this.settings.composePatterns; }

  kindOf(doc: TextDocument): FileKind | undefined {
    if (doc.languageId === 'dockerfile') return 'dockerfile';
    if (doc.languageId === 'dockercompose') return 'compose';
    return kindOf(safePath(doc.uri) ?? doc.uri, this.settings.composePatterns);
  }

  model(doc: TextDocument, kind: FileKind): Model {
    let e = this.entries.get(doc.uri);
    if (!e || e.version !== doc.version || e.model.kind !== kind) {
      const text = doc.getText();
      // A document too large to re-check on every keystroke gets the model of an empty text,
      // so every feature answers at once, and one finding saying why.
      e = text.length > MAX_DOCUMENT_CHARS ? { version: doc.version, text, model: parse(kind, ''), tooLarge: text.length }
        : { version: doc.version, text, model: parse(kind, stripBom(text), e?.tooLarge ? undefined : e?.model) };
    }
    // Most recently used last; the least recently used go beyond the limit (parsed again when needed).
    this.entries.delete(doc.uri);
    this.entries.set(doc.uri, e);
    if (this.entries.size > KEPT_DOCUMENTS) this.entries.delete(this.entries.keys().next().value as string);
    return e.model;
  }

  analysis(doc: TextDocument, kind: FileKind): Analysis {
    const model = this.model(doc, kind);
    const e = this.entries.get(doc.uri) as Entry;
    if (!e.analysis && e.tooLarge !== undefined) e.analysis = { model, findings: [tooLargeFinding(kind, e.tooLarge, MAX_DOCUMENT_CHARS, this.settings.lang)] };
    if (!e.analysis) {
      const path = safePath(doc.uri);
      const loaded = path ? this.configs.forFile(path) : undefined;
      const fileConfig = loaded?.config;
      // dockerCoach.compose.files (relative to the workspace root) win over the config file's set.
      const composeSet = this.settings.composeFiles.length > 0 && this.root
        ? this.settings.composeFiles.map((f) => resolvePath(this.root as string, f)) : loaded ? composeSetOf(loaded) : [];
      e.analysis = analyzeModel(model, {
        lang: this.settings.lang,
        severities: { ...fileConfig?.rules, ...this.settings.rules },
        ...(path ? { project: this.reads.recording(doc.uri, fsProject(path, this.openText, composeSet)) } : {}),
        onInternalError: (code, err) => this.log(`rule ${code} failed on ${doc.uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`),
      });
    }
    return e.analysis;
  }

  /** The files around a document, for cross-file hovers (undefined for unsaved documents). */
  projectFor(doc: TextDocument): ProjectContext | undefined {
    const path = safePath(doc.uri);
    return path ? fsProject(path, this.openText) : undefined;
  }

  forget(uri: string): void { this.entries.delete(uri); this.reads.forget(uri); }

  /** Open documents (other than `changed`) whose analysis read the file at `path`: their analyses are dropped and returned for a refresh. */
  invalidateReadersOf(path: string, changed?: string): string[] {
    const readers = this.reads.readersOf(path).filter((uri) => uri !== changed);
    for (const uri of readers) this.invalidate(uri);
    return readers;
  }

  /** Drop one document's cached analysis (not its parse). */
  invalidate(uri: string): void { const e = this.entries.get(uri); if (e) delete e.analysis; }

  /** Drop cached analyses (not parses): a file around them changed. */
  invalidateAnalyses(): void {
    this.configs.clear();
    for (const e of this.entries.values()) delete e.analysis;
  }
}

export function safePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
