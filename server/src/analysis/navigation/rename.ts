// Rename: what can be renamed at a position (and why not, in words a learner understands), the
// new name checked against what Docker accepts, and the edits per file. Pure: the handler turns
// the edits into one WorkspaceEdit.
import type { ComposeModel } from '../compose/model';
import type { DockerfileModel } from '../dockerfile/model';
import { stageRefs } from '../dockerfile/stageRefs';
import type { Lang, Position, Range, TextEdit } from '../types';
import { resolveAt, type NavWorld, type Problem, type Target } from './crossFile';
import { contains, type NavKind } from './references';

export interface FileEdits { /** Undefined for the document asked about. */ file?: string; edits: TextEdit[] }

export type Prepared = { range: Range; placeholder: string } | { error: string };
export type Renamed = { changes: FileEdits[] } | { error: string };

const tr = (lang: Lang, en: string, ru: string): string => (lang === 'ru' ? ru : en);

const WHAT: Record<NavKind, Record<Lang, string>> = {
  stage: { en: 'stage', ru: 'этапа' },
  variable: { en: 'variable', ru: 'переменной' },
  service: { en: 'service', ru: 'сервиса' },
  volume: { en: 'volume', ru: 'тома' },
  network: { en: 'network', ru: 'сети' },
  secret: { en: 'secret', ru: 'секрета' },
  config: { en: 'config', ru: 'конфига' },
};

const COMPOSE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const PATTERN: Record<NavKind, RegExp> = {
  stage: /^[a-z][a-z0-9_.-]*$/,
  variable: /^[A-Za-z_][A-Za-z0-9_]*$/,
  service: COMPOSE_NAME, volume: COMPOSE_NAME, network: COMPOSE_NAME, secret: COMPOSE_NAME, config: COMPOSE_NAME,
};
const RESERVED_STAGES: ReadonlySet<string> = new Set(['scratch', 'context']);

/** Why `name` cannot be the new name of a `kind`, or undefined when it can. */
export function invalidName(kind: NavKind, name: string, lang: Lang): string | undefined {
  if (!PATTERN[kind].test(name)) {
    switch (kind) {
      case 'stage': return tr(lang, `"${name}" is not a valid stage name: use lower-case letters, digits, "_", "." and "-", starting with a letter (e.g. "build").`,
        `«${name}» — недопустимое имя этапа: используйте строчные латинские буквы, цифры, «_», «.» и «-», начиная с буквы (например, «build»).`);
      case 'variable': return tr(lang, `"${name}" is not a valid variable name: use letters, digits and "_", not starting with a digit (e.g. "NODE_VERSION").`,
        `«${name}» — недопустимое имя переменной: используйте латинские буквы, цифры и «_», не начиная с цифры (например, «NODE_VERSION»).`);
      default: return tr(lang, `"${name}" is not a valid ${WHAT[kind].en} name: use letters, digits, "_", "." and "-", starting with a letter or digit.`,
        `«${name}» — недопустимое имя ${WHAT[kind].ru}: используйте латинские буквы, цифры, «_», «.» и «-», начиная с буквы или цифры.`);
    }
  }
  if (kind === 'stage' && RESERVED_STAGES.has(name)) {
    return tr(lang, `"${name}" is reserved: "scratch" means the empty base image and "context" the build context. Pick another stage name.`,
      `Имя «${name}» зарезервировано: «scratch» означает пустой базовый образ, а «context» — контекст сборки. Выберите другое имя этапа.`);
  }
  return undefined;
}

function problemText(problem: Problem, t: Target, lang: Lang): string {
  switch (problem) {
    case 'unnamed-stage': return tr(lang, `This stage has no name to rename. Name it first: FROM ... AS build.`, `У этого этапа нет имени, которое можно переименовать. Сначала задайте его: FROM ... AS build.`);
    case 'by-index': return tr(lang, `"${t.name}" refers to a stage by its number. Rename the stage's name (FROM ... AS name) instead, or name the stage.`,
      `«${t.name}» ссылается на этап по номеру. Переименуйте имя этапа (FROM ... AS имя) или задайте этапу имя.`);
    case 'not-declared': return tr(lang, `"${t.name}" is not declared where Docker Coach can see it (it may come from the base image, another file or the environment), so it cannot be renamed here.`,
      `«${t.name}» не объявлено там, где Docker Coach может это увидеть (возможно, оно приходит из базового образа, другого файла или окружения), поэтому переименовать его здесь нельзя.`);
    case 'unsafe': return tr(lang, `"${t.name}" is written in a form that cannot be rewritten safely (quotes with escapes, folded text or a variable). Edit it by hand.`,
      `«${t.name}» записано в форме, которую нельзя безопасно переписать (кавычки с экранированием, перенос строки или переменная). Измените его вручную.`);
    case 'no-dockerfile': return tr(lang, `The Dockerfile this service builds cannot be read, so "${t.name}" cannot be renamed from here.`,
      `Dockerfile, который собирает этот сервис, не удаётся прочитать, поэтому «${t.name}» отсюда переименовать нельзя.`);
  }
}

/** Why nothing at the position can be renamed, for the things people try: keywords and image names. */
function refusalAt(model: DockerfileModel | ComposeModel, p: Position, lang: Lang): string | undefined {
  if (model.kind !== 'dockerfile') return undefined;
  const instr = model.instructions.find((i) => contains(i.range, p));
  if (!instr) return undefined;
  if (contains(instr.keywordRange, p)) {
    return tr(lang, `${instr.keyword} is an instruction keyword, not a name. Stage names, variables, services, volumes, networks, secrets and configs can be renamed.`,
      `${instr.keyword} — ключевое слово инструкции, а не имя. Переименовать можно имена этапов, переменные, сервисы, тома, сети, секреты и конфиги.`);
  }
  const stage = instr.keyword === 'FROM' ? model.stages[instr.stage] : undefined;
  const image = stage && contains(stage.base.range, p) ? stage.base.text : stageRefs(model).find((r) => r.instr === instr && contains(r.range, p))?.value;
  if (image !== undefined) {
    return tr(lang, `"${image}" is an image name, not something this file declares, so it cannot be renamed here.`,
      `«${image}» — имя образа, а не то, что объявлено в этом файле, поэтому переименовать его здесь нельзя.`);
  }
  return undefined;
}

function prepared(model: DockerfileModel | ComposeModel, p: Position, t: Target | undefined, lang: Lang): Prepared | undefined {
  if (!t) {
    const error = refusalAt(model, p, lang);
    return error ? { error } : undefined;
  }
  if (t.problem) return { error: problemText(t.problem, t, lang) };
  return { range: t.range, placeholder: t.name };
}

/** The range and current name to rename, an explanation why it cannot be, or undefined when the position names nothing. */
export function prepareRename(model: DockerfileModel | ComposeModel, p: Position, world: NavWorld, lang: Lang): Prepared | undefined {
  return prepared(model, p, resolveAt(model, p, world), lang);
}

export function rename(model: DockerfileModel | ComposeModel, p: Position, newName: string, world: NavWorld, lang: Lang): Renamed | undefined {
  const t = resolveAt(model, p, world);
  const ready = prepared(model, p, t, lang);
  if (!ready || !t) return undefined;
  if ('error' in ready) return ready;
  const invalid = invalidName(t.kind, newName, lang);
  if (invalid) return { error: invalid };
  const key = t.kind === 'stage' ? newName.toLowerCase() : newName;
  const current = t.kind === 'stage' ? t.name.toLowerCase() : t.name;
  if (key !== current && t.taken.has(key)) {
    return { error: tr(lang, `Another ${WHAT[t.kind].en} is already named "${newName}".`, `Имя «${newName}» уже занято другим объектом этого вида: выберите другое.`) };
  }
  return { changes: editsFor(t, newName) };
}

/** One edit per place that spells the name (places that name a stage by number stay), grouped by file. */
export function editsFor(t: Target, newName: string): FileEdits[] {
  const byFile = new Map<string, FileEdits>();
  const seen = new Set<string>();
  for (const p of t.references) {
    if (p.byIndex || !p.renamable) continue;
    const id = `${p.file ?? ''}\u0000${p.range.start.line}:${p.range.start.character}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const k = p.file ?? '';
    let entry = byFile.get(k);
    if (!entry) byFile.set(k, (entry = p.file !== undefined ? { file: p.file, edits: [] } : { edits: [] }));
    entry.edits.push({ range: p.range, newText: newName });
  }
  return [...byFile.values()];
}
