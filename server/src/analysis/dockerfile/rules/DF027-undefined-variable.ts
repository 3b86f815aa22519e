import type { DockerfileRule } from '../rule';
import type { DockerfileModel, Instruction } from '../model';
import { lineEnd } from '../model';
import { didYouMean, insertAt, replace } from '../../text';
import { baseEnvKnown, define, definitionsIn, globalScope, parentStage, PLATFORM_ARGS, PROXY_ARGS, BUILDKIT_ARGS, usesIn, type Scope, type VarUse } from '../variables';

// BuildKit's UndefinedVar, made safe for an editor that cannot see the base image: an image
// may define any ENV (python defines PYTHON_VERSION), so a name is only reported when the
// Dockerfile shows what went wrong: a global ARG or a platform ARG that the stage never
// redeclared, an ARG declared only further down, a near-miss of a name in scope, or any
// unknown name when the stage builds on scratch (then the whole environment is in the file).
// Checked: the instructions Docker expands (not RUN, CMD, ENTRYPOINT, whose variables the shell
// reads at run time), plus RUN --mount options, plus global ARGs used in a RUN: those expand to
// nothing there, a classic surprise.
const EXPANDED: ReadonlySet<string> = new Set(['ENV', 'LABEL', 'ADD', 'COPY', 'WORKDIR', 'USER', 'VOLUME', 'STOPSIGNAL', 'EXPOSE', 'ARG']);
const ALWAYS: ReadonlySet<string> = new Set([...PROXY_ARGS, ...BUILDKIT_ARGS]);
const PLATFORM: ReadonlySet<string> = new Set(PLATFORM_ARGS);
// Names base images commonly set; without the image, a near-miss of these is not a typo.
const IMAGE_ENV = /^(PATH|HOME|HOSTNAME|USER|LANG|LANGUAGE|TERM|SHELL|PWD|TZ|UID|GID|DEBIAN_FRONTEND)$|^LC_|(_VERSION|_HOME|PATH|_DIR|_SHA\d*|_URL|_KEY|_USER|_ENV)$/;

type Reason = 'platform' | 'global' | 'later' | 'typo' | 'unknown';
export interface Data { name: string; reason: Reason; suggestion?: string; line?: number }

function assignedInShell(instr: Instruction, name: string): boolean {
  const text = instr.rawArgs;
  const n = name.replace(/[^\w]/g, '');
  return new RegExp(`(^|[\\s;&|(])(export\\s+|local\\s+|declare\\s+(-\\w+\\s+)*)?${n}=|\\b(for|export|local|read|declare)\\b[^;&|\\n]*\\b${n}\\b|(^|[,\\s])env=${n}\\b`).test(text);
}

function inFlag(instr: Instruction, use: VarUse, flag: string): boolean {
  const s = use.range.start;
  return instr.flags.some((f) => f.name === flag && (s.line > f.range.start.line || (s.line === f.range.start.line && s.character >= f.range.start.character))
    && (s.line < f.range.end.line || (s.line === f.range.end.line && s.character < f.range.end.character)));
}

export const DF027: DockerfileRule<Data> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF027', slug: 'undefined-variable', lesson: 'm2-04-env-and-arg', severity: 'warning',
    equivalents: ['buildkit:UndefinedVar'], fixable: true,
  },
  text: {
    en: {
      title: 'Variable is not defined here',
      message: (d) => {
        switch (d.reason) {
          case 'platform': return `$${d.name} is set by BuildKit in the global scope only: inside a stage it expands to an empty string until you declare it. Add "ARG ${d.name}" after FROM.`;
          case 'global': return `$${d.name} is a global ARG (declared before the first FROM), and those go out of scope at FROM: here it expands to an empty string. Add "ARG ${d.name}" after FROM to bring it into this stage.`;
          case 'later': return `$${d.name} is used before it is declared (line ${d.line ?? '?'}), so here it expands to an empty string. Move the ARG or ENV above this line.`;
          case 'typo': return `$${d.name} is not defined in this stage, so it expands to an empty string. Did you mean $${d.suggestion ?? ''}?`;
          default: return `$${d.name} is not defined by any ARG or ENV above this line, and no base image can supply it here, so it expands to an empty string.${d.suggestion ? ` Did you mean $${d.suggestion}?` : ` Declare it with ARG ${d.name} or ENV ${d.name}=<value>.`}`;
        }
      },
    },
    ru: {
      title: 'Переменная здесь не определена',
      message: (d) => {
        switch (d.reason) {
          case 'platform': return `$${d.name} BuildKit задаёт только в глобальной области: внутри этапа она раскрывается в пустую строку, пока вы её не объявите. Добавьте «ARG ${d.name}» после FROM.`;
          case 'global': return `$${d.name} — глобальный ARG (объявлен до первого FROM), а такие аргументы после FROM выходят из области видимости: здесь он раскроется в пустую строку. Добавьте «ARG ${d.name}» после FROM, чтобы он был виден в этом этапе.`;
          case 'later': return `$${d.name} используется раньше, чем объявлена (строка ${d.line ?? '?'}), поэтому здесь она раскроется в пустую строку. Перенесите ARG или ENV выше этой строки.`;
          case 'typo': return `$${d.name} не определена в этом этапе и раскроется в пустую строку. Возможно, вы имели в виду $${d.suggestion ?? ''}?`;
          default: return `$${d.name} не задана ни одним ARG или ENV выше этой строки, а базового образа, который мог бы её задать, здесь нет, так что она раскроется в пустую строку.${d.suggestion ? ` Возможно, вы имели в виду $${d.suggestion}?` : ` Объявите её через ARG ${d.name} или ENV ${d.name}=<значение>.`}`;
        }
      },
    },
  },
  check(file, report) {
    const insensitive = file.escape === '`'; // Windows images: variable names ignore case
    const key = (n: string): string => (insensitive ? n.toUpperCase() : n);
    const globals = globalScope(file);
    const globalKeys = new Set([...globals.keys()].map(key));
    const has = (scope: Scope, name: string): boolean => {
      if (!insensitive) return scope.has(name);
      for (const k of scope.keys()) if (k.toUpperCase() === name.toUpperCase()) return true;
      return false;
    };

    // Global ARG defaults: the global scope holds the earlier global ARGs and the platform ARGs.
    const globalSeen: Scope = new Map();
    for (const instr of file.globalArgs) {
      for (const def of definitionsIn(file, instr)) {
        for (const use of usesIn(file, instr)) {
          if (use.modifier !== null || comparePos(use.range.start, def.range.start) < 0 || comparePos(use.range.start, def.range.end) > 0) continue;
          if (has(globalSeen, use.name) || PLATFORM.has(use.name) || ALWAYS.has(use.name) || use.name === 'PATH') continue;
          const suggestion = didYouMean(use.name, [...globalSeen.keys()], use.name.length <= 4 ? 1 : 2);
          report({ range: use.nameRange, data: suggestion ? { name: use.name, reason: 'typo', suggestion } : { name: use.name, reason: 'unknown' } });
        }
        define(globalSeen, [def], globalSeen);
      }
    }

    const endScopes: Scope[] = [];
    for (const stage of file.stages) {
      const parent = parentStage(file, stage);
      const scope: Scope = new Map(parent ? endScopes[parent.index] : undefined);
      const known = baseEnvKnown(file, stage);
      const firstDef = new Map<string, number>();
      for (const instr of stage.instructions) {
        if (instr.keyword !== 'ARG' && instr.keyword !== 'ENV') continue;
        for (const d of definitionsIn(file, instr)) if (!firstDef.has(key(d.name))) firstDef.set(key(d.name), d.nameRange.start.line);
      }
      const reported = new Set<string>();

      const judge = (instr: Instruction, use: VarUse, shellBody: boolean): void => {
        const name = use.name;
        if (use.modifier !== null || has(scope, name) || ALWAYS.has(name) || name === 'PATH') return;
        const id = `${instr.range.start.line}:${name}`;
        if (reported.has(id)) return;
        const imageMay = !known && IMAGE_ENV.test(name);
        let data: Data | undefined;
        if (PLATFORM.has(name)) data = { name, reason: 'platform' };
        else if (globalKeys.has(key(name))) { if (!imageMay) data = { name, reason: 'global' }; }
        else if (shellBody) return;
        else {
          const later = firstDef.get(key(name));
          if (later !== undefined && later > use.range.start.line && !imageMay) data = { name, reason: 'later', line: later + 1 };
          else {
            // Short names are too easily one letter away from another (UID, GID): no guessing there.
            const suggestion = name.length >= 4 ? didYouMean(name, [...scope.keys()].filter((k) => k.length >= 4), name.length <= 5 ? 1 : 2) : undefined;
            if (suggestion && suggestion !== name && !imageMay) data = { name, reason: 'typo', suggestion };
            else if (known) data = suggestion && suggestion !== name ? { name, reason: 'unknown', suggestion } : { name, reason: 'unknown' };
          }
        }
        if (!data) return;
        if (shellBody && assignedInShell(instr, name)) return;
        reported.add(id);
        report({ range: use.nameRange, data });
      };

      for (const instr of stage.instructions) {
        if (instr.keyword === 'FROM') continue;
        const uses = usesIn(file, instr);
        if (instr.keyword === 'ARG') {
          // ARG A=1 B=$A: each name is defined before the next default is read.
          for (const def of definitionsIn(file, instr)) {
            for (const use of uses) if (comparePos(use.range.start, def.range.start) >= 0 && comparePos(use.range.start, def.range.end) <= 0) judge(instr, use, false);
            define(scope, [def], globals);
          }
          continue;
        }
        if (EXPANDED.has(instr.keyword)) for (const use of uses) judge(instr, use, false);
        else if (instr.keyword === 'RUN') for (const use of uses) judge(instr, use, !inFlag(instr, use, 'mount'));
        define(scope, definitionsIn(file, instr), globals);
      }
      endScopes[stage.index] = scope;
    }
  },
  fixes(file, f) {
    const d = f.data;
    if ((d.reason === 'typo' || d.reason === 'unknown') && d.suggestion) {
      return [{
        title: f.lang === 'ru' ? `Заменить на $${d.suggestion}` : `Change to $${d.suggestion}`,
        edits: [replace(f.range, d.suggestion)],
        preferred: true,
      }];
    }
    if (d.reason === 'global' || d.reason === 'platform') {
      const stage = stageAt(file, f.range.start.line);
      if (!stage) return [];
      return [{
        title: f.lang === 'ru' ? `Добавить «ARG ${d.name}» после FROM` : `Add "ARG ${d.name}" after FROM`,
        edits: [insertAt(lineEnd(file, stage.from.range.end.line), `${file.eol}ARG ${d.name}`)],
        preferred: true,
      }];
    }
    return [];
  },
};

function comparePos(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

function stageAt(file: DockerfileModel, line: number) {
  let found;
  for (const s of file.stages) if (s.from.range.start.line <= line) found = s;
  return found;
}
