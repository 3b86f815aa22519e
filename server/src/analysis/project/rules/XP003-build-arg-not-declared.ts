import type { ComposeRule } from '../../compose/rule';
import { declaredArgs, dockerfileAt, PREDEFINED_ARGS, serviceBuilds } from '../builds';

export const XP003: ComposeRule<{ service: string; arg: string; dockerfile: string; insertLine: number; eol: string }> = {
  kind: 'compose',
  meta: { code: 'XP003', slug: 'build-arg-not-declared', lesson: 'm2-04-env-and-arg', severity: 'warning', equivalents: [], fixable: true },
  text: {
    en: { title: 'Build arg the Dockerfile never declares', message: (d) => `Service "${d.service}" passes the build arg "${d.arg}", but the Dockerfile has no "ARG ${d.arg}", so the value is silently ignored. Declare it in the stage that uses it.` },
    ru: { title: 'Аргумент сборки, которого нет в Dockerfile', message: (d) => `Сервис «${d.service}» передаёт аргумент сборки «${d.arg}», но в Dockerfile нет «ARG ${d.arg}», и значение молча игнорируется. Объявите его в этапе, где он нужен.` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    if (!project) return;
    for (const b of serviceBuilds(model, project)) {
      if (!b.dockerfile || b.args.length === 0) continue;
      const df = dockerfileAt(project, b.dockerfile);
      if (!df) continue;
      const declared = declaredArgs(df);
      const stage = (b.target && df.stages[df.stageIndex(b.target.name) ?? -1]) || df.stages[df.stages.length - 1];
      const insertLine = stage ? stage.from.range.end.line + 1 : 0;
      for (const a of b.args) {
        if (declared.has(a.name) || PREDEFINED_ARGS.has(a.name)) continue;
        report({ range: a.range, data: { service: b.service.name, arg: a.name, dockerfile: b.dockerfile, insertLine, eol: df.eol } });
      }
    }
  },
  fixes(_model, f) {
    return [{
      title: f.lang === 'ru' ? `Добавить «ARG ${f.data.arg}» в Dockerfile` : `Add "ARG ${f.data.arg}" to the Dockerfile`,
      edits: [],
      otherFiles: [{ file: f.data.dockerfile, edits: [{ range: { start: { line: f.data.insertLine, character: 0 }, end: { line: f.data.insertLine, character: 0 } }, newText: `ARG ${f.data.arg}${f.data.eol}` }] }],
      preferred: true,
    }];
  },
};
