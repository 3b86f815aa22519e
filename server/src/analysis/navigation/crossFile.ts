// The symbol under the cursor with every place that names it, across the files where Compose and
// a Dockerfile meet: `build.target` is a stage of the Dockerfile the service builds, `build.args`
// keys are its ARGs. Feeds go to definition, find references and rename. Other files are read
// through the ProjectContext (open editors first), so unsaved text counts.
import type { ComposeModel } from '../compose/model';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileAt, serviceBuilds } from '../project/builds';
import type { ProjectContext } from '../project/context';
import type { Position, Range } from '../types';
import { contains, definitionsOf, exactName, linesOf, navIndex, occurrenceAt, occurrencesOf, type NavIndex, type NavKind, type Occurrence } from './references';

/** A `build.target` or `build.args` key of a service, and the Dockerfile it speaks of. */
export interface BuildLink { kind: 'stage' | 'variable'; name: string; range: Range; renamable: boolean; dockerfile: string; service: string }

export function buildLinks(model: ComposeModel, project: ProjectContext): BuildLink[] {
  const lines = linesOf(model.text);
  const out: BuildLink[] = [];
  for (const b of serviceBuilds(model, project)) {
    if (!b.dockerfile) continue;
    const link = (kind: BuildLink['kind'], name: string, range: Range): void => {
      const exact = exactName(lines, range, name);
      out.push({ kind, name, range: exact ?? range, renamable: exact !== undefined, dockerfile: b.dockerfile as string, service: b.service.name });
    };
    if (b.target) link('stage', b.target.name, b.target.range);
    for (const a of b.args) if (a.name !== '' && !a.name.includes('$')) link('variable', a.name, a.range);
  }
  return out;
}

/** A place that names the symbol; `file` is undefined for the document asked about. */
export interface Place { file?: string; range: Range; declaration: boolean; renamable: boolean; byIndex?: boolean }

export type Problem = 'unnamed-stage' | 'by-index' | 'not-declared' | 'unsafe' | 'no-dockerfile';

export interface Target {
  kind: NavKind;
  name: string;
  /** The occurrence under the cursor. */
  range: Range;
  definitions: Place[];
  /** Every place, declarations included. */
  references: Place[];
  /** Why a rename cannot be done, if it cannot. */
  problem?: Problem;
  /** Names the declaring file already uses for this kind (lower case for stages): a rename must not collide. */
  taken: Set<string>;
}

export interface ComposeFile { file: string; model: ComposeModel }

/** What the host knows around the document. Without a file or project, everything stays in the document. */
export interface NavWorld {
  /** Absolute path of the document (undefined for an unsaved one). */
  file?: string;
  project?: ProjectContext;
  /** Compose files that may build `dockerfile`: the open ones and those on disk around it. */
  composeFiles?: (dockerfile: string) => ComposeFile[];
}

/** The same context, seen from another file (serviceBuilds resolves paths from `project.file`). */
export function withFile(project: ProjectContext, file: string): ProjectContext {
  return { ...project, file };
}

const place = (o: Occurrence, file?: string): Place => ({
  ...(file !== undefined ? { file } : {}), range: o.range, declaration: o.declaration, renamable: o.renamable, ...(o.byIndex ? { byIndex: true } : {}),
});

const linkPlace = (l: BuildLink, file?: string): Place => ({ ...(file !== undefined ? { file } : {}), range: l.range, declaration: false, renamable: l.renamable });

const sameName = (kind: BuildLink['kind'], a: string, b: string): boolean => (kind === 'stage' ? a.toLowerCase() === b.toLowerCase() : a === b);

/** Links in the other compose files that name `name` in `dockerfile`. */
function linksElsewhere(world: NavWorld, dockerfile: string, kind: BuildLink['kind'], name: string): Place[] {
  if (!world.project || !world.composeFiles) return [];
  const out: Place[] = [];
  for (const c of world.composeFiles(dockerfile)) {
    if (c.file === world.file) continue;
    for (const l of buildLinks(c.model, withFile(world.project, c.file))) {
      if (l.kind === kind && l.dockerfile === dockerfile && sameName(kind, l.name, name)) out.push(linkPlace(l, c.file));
    }
  }
  return out;
}

function problemOf(at: { renamable: boolean; byIndex?: boolean }, unnamedStage: boolean, places: Place[]): Problem | undefined {
  if (unnamedStage) return 'unnamed-stage';
  if (at.byIndex) return 'by-index';
  if (!at.renamable) return 'unsafe';
  if (!places.some((p) => p.declaration)) return 'not-declared';
  if (places.some((p) => !p.renamable && !p.byIndex)) return 'unsafe';
  return undefined;
}

function takenIn(index: NavIndex, kind: NavKind): Set<string> {
  return new Set(index.occurrences.filter((o) => o.kind === kind && o.declaration && o.renamable).map((o) => (kind === 'stage' ? o.name.toLowerCase() : o.name)));
}

/** The symbol at `position` with its definitions and references, in this document and the files linked to it. */
export function resolveAt(model: DockerfileModel | ComposeModel, position: Position, world: NavWorld = {}): Target | undefined {
  if (model.kind === 'compose' && world.project) {
    const links = buildLinks(model, world.project);
    const link = links.find((l) => contains(l.range, position));
    if (link) return linkTarget(link, links, world);
  }
  const index = navIndex(model);
  const at = occurrenceAt(index, position);
  if (!at) return undefined;
  const references = occurrencesOf(index, at.id).map((o) => place(o));
  const definitions = definitionsOf(index, at).map((range) => ({ range, declaration: true, renamable: true }));
  if (model.kind === 'dockerfile' && world.file) {
    if (at.kind === 'stage' && at.id.startsWith('stage:')) references.push(...linksElsewhere(world, world.file, 'stage', at.id.slice('stage:'.length)));
    if (at.kind === 'variable' && at.buildArg) references.push(...linksElsewhere(world, world.file, 'variable', at.name));
  }
  const unnamed = at.kind === 'stage' && at.id.startsWith('stage#');
  const problem = problemOf(at, unnamed && at.declaration, references);
  return { kind: at.kind, name: at.name, range: at.range, definitions, references, taken: takenIn(index, at.kind), ...(problem ? { problem } : {}) };
}

/** `build.target` or a `build.args` key: the declarations live in the Dockerfile. */
function linkTarget(link: BuildLink, links: BuildLink[], world: NavWorld): Target {
  const here = links.filter((l) => l.kind === link.kind && l.dockerfile === link.dockerfile && sameName(link.kind, l.name, link.name)).map((l) => linkPlace(l));
  const base = { kind: link.kind, name: link.name, range: link.range, definitions: [] as Place[], references: here, taken: new Set<string>() };
  const df = world.project ? dockerfileAt(world.project, link.dockerfile) : null;
  if (!df) return { ...base, problem: 'no-dockerfile' };
  const index = navIndex(df);
  const declarations = index.occurrences.filter((o) => o.declaration && (link.kind === 'stage'
    ? o.kind === 'stage' && o.id === `stage:${link.name.toLowerCase()}`
    : o.kind === 'variable' && o.binding === 'ARG' && o.name === link.name));
  if (declarations.length === 0) return { ...base, problem: 'not-declared' };
  const ids = new Set(declarations.map((d) => d.id));
  const inDockerfile = index.occurrences.filter((o) => ids.has(o.id)).map((o) => place(o, link.dockerfile));
  const references = [...here, ...inDockerfile, ...linksElsewhere(world, link.dockerfile, link.kind, link.name)];
  const problem = problemOf({ renamable: link.renamable }, false, references);
  return { ...base, definitions: declarations.map((o) => place(o, link.dockerfile)), references, taken: takenIn(index, link.kind), ...(problem ? { problem } : {}) };
}
