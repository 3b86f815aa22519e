// Completions for Dockerfiles: instructions (as snippets) at the start of a line, flags after
// `--`, stage names after `--from=`, declared ARG/ENV names after `$`.
import type { DockerfileModel } from '../dockerfile/model';
import { INSTRUCTION_DOCS } from '../hover/instructions';
import type { Lang, Position } from '../types';

export type CompletionKind = 'keyword' | 'flag' | 'stage' | 'variable';
export interface CompletionItem { label: string; kind: CompletionKind; insertText: string; snippet: boolean; detail?: string; documentation?: string }

const SNIPPETS: Record<string, string> = {
  FROM: 'FROM ${1:image}:${2:tag}${3: AS ${4:name}}',
  RUN: 'RUN ${1:command}',
  CMD: 'CMD ["${1:executable}", "${2:arg}"]',
  ENTRYPOINT: 'ENTRYPOINT ["${1:executable}"]',
  COPY: 'COPY ${1:src} ${2:dest}',
  ADD: 'ADD ${1:src} ${2:dest}',
  WORKDIR: 'WORKDIR /${1:app}',
  ENV: 'ENV ${1:KEY}=${2:value}',
  ARG: 'ARG ${1:NAME}${2:=${3:default}}',
  EXPOSE: 'EXPOSE ${1:8080}',
  VOLUME: 'VOLUME ["/${1:data}"]',
  USER: 'USER ${1:app}',
  HEALTHCHECK: 'HEALTHCHECK --interval=${1:30s} --timeout=${2:3s} CMD ${3:wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1}',
  LABEL: 'LABEL ${1:org.opencontainers.image.source}="${2:value}"',
  SHELL: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  STOPSIGNAL: 'STOPSIGNAL ${1:SIGTERM}',
  ONBUILD: 'ONBUILD ${1:INSTRUCTION}',
};

const FLAGS: Record<string, string[]> = {
  FROM: ['--platform='],
  COPY: ['--from=', '--chown=', '--chmod=', '--link', '--parents', '--exclude='],
  ADD: ['--chown=', '--chmod=', '--link', '--checksum=', '--keep-git-dir=', '--exclude='],
  RUN: ['--mount=type=cache,target=', '--mount=type=secret,id=', '--mount=type=bind,source=', '--network=', '--security='],
  HEALTHCHECK: ['--interval=', '--timeout=', '--start-period=', '--start-interval=', '--retries='],
};

export function dockerfileCompletions(model: DockerfileModel, position: Position, lang: Lang): CompletionItem[] {
  const line = model.lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const instr = model.instructions.find((i) => i.range.start.line <= position.line && i.range.end.line >= position.line);
  const continuing = instr && instr.range.start.line < position.line;
  if (/^\s*[A-Za-z]*$/.test(before) && !continuing) {
    return Object.keys(INSTRUCTION_DOCS).filter((k) => k !== 'MAINTAINER').map((k) => ({
      label: k, kind: 'keyword', insertText: SNIPPETS[k] ?? k, snippet: true,
      detail: INSTRUCTION_DOCS[k]?.forms[0] ?? k, documentation: INSTRUCTION_DOCS[k]?.text[lang] ?? '',
    }));
  }
  const keyword = instr?.keyword ?? /^\s*(\w+)/.exec(line)?.[1]?.toUpperCase() ?? '';
  if (/(?:--from=|\bfrom=)[\w.-]*$/.test(before)) {
    const here = instr ? instr.stage : model.stages.length;
    return model.stages.filter((s) => s.name !== undefined && s.index < here).map((s) => ({
      label: s.name as string, kind: 'stage', insertText: s.name as string, snippet: false,
      detail: `${lang === 'ru' ? 'этап' : 'stage'} ${s.index} · FROM ${s.base.text}`,
    }));
  }
  if (/(^|\s)--[\w-]*$/.test(before)) {
    return (FLAGS[keyword] ?? []).map((f) => ({ label: f, kind: 'flag', insertText: f, snippet: false }));
  }
  if (/\$\{?[A-Za-z_]*$/.test(before)) {
    const braced = /\$\{[A-Za-z_]*$/.test(before);
    const names = new Map<string, string>();
    const stage = instr ? instr.stage : model.stages.length - 1;
    for (const i of model.instructions) {
      if (i.range.start.line >= position.line) break;
      if (i.keyword !== 'ARG' && i.keyword !== 'ENV') continue;
      if (i.keyword === 'ENV' && i.stage !== stage) continue;
      if (i.keyword === 'ARG' && i.stage !== stage && i.stage !== -1) continue;
      for (const a of i.args) {
        const name = /^([A-Za-z_][\w]*)/.exec(a.value)?.[1];
        if (name) names.set(name, `${i.keyword} ${a.value}`);
      }
    }
    return [...names].map(([name, detail]) => ({ label: name, kind: 'variable', insertText: braced ? name : name, snippet: false, detail }));
  }
  return [];
}
