// Go to definition, find references and rename: analysis/navigation resolves the symbol across
// the document and the files linked to it; this supplies those files (open editors first, then
// the disk) and turns places into Locations and one WorkspaceEdit.
import { pathToFileURL } from 'node:url';
import { ErrorCodes, LSPErrorCodes, ResponseError, TextDocumentEdit } from 'vscode-languageserver/node';
import type {
  DefinitionParams, Location, PrepareRenameParams, Range, ReferenceParams, RenameParams, TextDocuments, WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { composeAt } from '../analysis/compose/refs';
import type { ComposeModel } from '../analysis/compose/model';
import { resolveAt, type ComposeFile, type NavWorld, type Place } from '../analysis/navigation/crossFile';
import { composeLinks } from '../analysis/navigation/links';
import { contains } from '../analysis/navigation/references';
import { prepareRename as prepare, rename as renameIn } from '../analysis/navigation/rename';
import { safePath, type DocumentState } from '../documents';
import { composeFilesAround } from '../workspace/composeFiles';

type Documents = TextDocuments<TextDocument>;

function opened(uri: string, documents: Documents, state: DocumentState) {
  const doc = documents.get(uri);
  const kind = doc ? state.kindOf(doc) : undefined;
  return doc && kind ? { doc, model: state.model(doc, kind) } : undefined;
}

/** The document's files around it. `crossFile` adds the compose files that may build a Dockerfile (a folder walk: only for references and rename). */
function worldFor(doc: TextDocument, documents: Documents, state: DocumentState, crossFile: boolean): NavWorld {
  const file = safePath(doc.uri);
  const project = state.projectFor(doc);
  if (!file || !project) return {};
  const world: NavWorld = { file, project };
  if (crossFile) {
    world.composeFiles = (dockerfile: string): ComposeFile[] => {
      const models = new Map<string, ComposeModel>();
      for (const d of documents.all()) {
        const path = safePath(d.uri);
        if (path && state.kindOf(d) === 'compose') models.set(path, state.model(d, 'compose') as ComposeModel);
      }
      for (const path of composeFilesAround(dockerfile, state.root, state.composePatterns)) {
        if (models.has(path)) continue;
        const model = composeAt(project, path);
        if (model) models.set(path, model);
      }
      return [...models].map(([path, model]) => ({ file: path, model }));
    };
  }
  return world;
}

/** URI and version of a file: the open document's when it is open. */
function locate(file: string | undefined, doc: TextDocument, documents: Documents): { uri: string; version: number | null } {
  if (file === undefined) return { uri: doc.uri, version: doc.version };
  for (const d of documents.all()) if (safePath(d.uri) === file) return { uri: d.uri, version: d.version };
  return { uri: pathToFileURL(file).href, version: null };
}

const toLocation = (p: Place, doc: TextDocument, documents: Documents): Location => ({ uri: locate(p.file, doc, documents).uri, range: p.range });

export function definition(params: DefinitionParams, documents: Documents, state: DocumentState): Location[] {
  const o = opened(params.textDocument.uri, documents, state);
  if (!o) return [];
  const world = worldFor(o.doc, documents, state, false);
  const target = resolveAt(o.model, params.position, world);
  if (target) return target.definitions.map((p) => toLocation(p, o.doc, documents));
  // `dockerfile:` and `env_file:` name files: their definition is the file.
  if (o.model.kind === 'compose' && world.project) {
    const link = composeLinks(o.model, world.project).find((l) => !l.folder && contains(l.range, params.position));
    const start = { line: 0, character: 0 };
    if (link) return [{ uri: pathToFileURL(link.target).href, range: { start, end: start } }];
  }
  return [];
}

export function references(params: ReferenceParams, documents: Documents, state: DocumentState): Location[] {
  const o = opened(params.textDocument.uri, documents, state);
  if (!o) return [];
  const target = resolveAt(o.model, params.position, worldFor(o.doc, documents, state, true));
  if (!target) return [];
  const include = params.context?.includeDeclaration !== false;
  return target.references.filter((p) => include || !p.declaration).map((p) => toLocation(p, o.doc, documents));
}

export function prepareRename(params: PrepareRenameParams, documents: Documents, state: DocumentState): { range: Range; placeholder: string } | null | ResponseError<void> {
  const o = opened(params.textDocument.uri, documents, state);
  if (!o) return null;
  const result = prepare(o.model, params.position, worldFor(o.doc, documents, state, false), state.lang);
  if (!result) return null;
  return 'error' in result ? new ResponseError(LSPErrorCodes.RequestFailed, result.error) : result;
}

export function rename(params: RenameParams, documents: Documents, state: DocumentState): WorkspaceEdit | null | ResponseError<void> {
  const o = opened(params.textDocument.uri, documents, state);
  if (!o) return null;
  const result = renameIn(o.model, params.position, params.newName, worldFor(o.doc, documents, state, true), state.lang);
  if (!result) return null;
  if ('error' in result) return new ResponseError(ErrorCodes.InvalidParams, result.error);
  return {
    documentChanges: result.changes.map((c) => {
      const { uri, version } = locate(c.file, o.doc, documents);
      return TextDocumentEdit.create({ uri, version }, c.edits);
    }),
  };
}
