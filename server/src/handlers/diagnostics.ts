// Publishes diagnostics on open and change. Changes are coalesced per document: analysis runs
// once the event loop is free of queued edits, and a result is published only if its version
// is still the document's current one, so an older result never overwrites a newer one.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../analysis/types';
import type { DocumentState } from '../documents';
import { lessonCommandUri } from '../links';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for its quick fixes (vscode-eslint's pattern). */
export interface DiagnosticData { code: string; lesson: string; data?: unknown }

export function toDiagnostic(f: Finding): Diagnostic {
  const data: DiagnosticData = { code: f.code, lesson: f.lesson, data: f.data };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: lessonCommandUri(f.lesson) },
    source: 'docker-coach',
    message: f.message,
    data,
  };
}

export class DiagnosticsPublisher {
  private readonly pending = new Map<string, NodeJS.Immediate>();

  constructor(private readonly connection: Connection, private readonly documents: TextDocuments<TextDocument>,
    private readonly state: DocumentState) {}

  schedule(doc: TextDocument): void {
    const old = this.pending.get(doc.uri);
    if (old) clearImmediate(old);
    this.pending.set(doc.uri, setImmediate(() => {
      this.pending.delete(doc.uri);
      this.publishNow(doc.uri);
    }));
  }

  publishNow(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const kind = this.state.kindOf(doc);
    if (!kind) return;
    const version = doc.version;
    const { findings } = this.state.analysis(doc, kind);
    if (this.documents.get(uri)?.version !== version) return; // a newer edit is queued: it publishes
    void this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) });
  }

  refreshAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc);
  }

  clear(uri: string): void {
    const old = this.pending.get(uri);
    if (old) clearImmediate(old);
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
