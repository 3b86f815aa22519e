// Exercise of lesson m2-04-env-and-arg: an ARG with a default that the build uses where it is
// in scope, ENV in key=value form for run time, and no secret passed through either.
import type { DockerfileModel, Instruction } from '../../dockerfile/model';
import { bestJudgement, criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const SECRET = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)/;
const NOT_A_SECRET = /_(FILE|PATH|DIR|URL|NAME)$/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function refersTo(instr: Instruction, name: string): boolean {
  const n = escapeRe(name);
  const re = new RegExp(`\\$(?:\\{${n}(?:[:}]|$)|${n}(?![A-Za-z0-9_]))`);
  return instr.args.some((a) => re.test(a.value));
}

function argName(instr: Instruction): string {
  return (instr.args[0]?.value ?? '').split('=')[0] ?? '';
}

/** Names an ENV instruction sets: every key=value pair, or the key of the legacy form. */
function envNames(instr: Instruction): string[] {
  const first = instr.args[0]?.value ?? '';
  if (!first.includes('=')) return first ? [first] : [];
  return instr.args.map((a) => a.value).filter((v) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)).map((v) => v.split('=')[0] ?? '');
}

function judge(model: DockerfileModel | undefined): Criterion[] {
  const all = model?.instructions ?? [];
  const args = all.filter((i) => i.keyword === 'ARG');
  const withDefault = args.filter((i) => (i.args[0]?.value ?? '').includes('='));
  const globals = new Set((model?.globalArgs ?? []).map(argName));
  let used = false;
  let scoped = model !== undefined;
  for (const arg of withDefault) {
    const name = argName(arg);
    if (arg.stage < 0) {
      used ||= (model?.stages ?? []).some((s) => refersTo(s.from, name));
      continue;
    }
    const list = model?.stages[arg.stage]?.instructions ?? [];
    used ||= list.slice(list.indexOf(arg) + 1).some((i) => refersTo(i, name));
  }
  for (const stage of model?.stages ?? []) {
    const declared = new Set<string>();
    for (const instr of stage.instructions.slice(1)) {
      for (const g of globals) if (!declared.has(g) && refersTo(instr, g)) scoped = false;
      if (instr.keyword === 'ARG') declared.add(argName(instr));
      if (instr.keyword === 'ENV') for (const n of envNames(instr)) declared.add(n);
    }
  }
  const envs = all.filter((i) => i.keyword === 'ENV');
  const names = [...args.map(argName), ...envs.flatMap(envNames)].map((n) => n.toUpperCase());
  const noSecrets = model !== undefined && !names.some((n) => SECRET.test(n) && !NOT_A_SECRET.test(n));
  return [
    criterion('arg-with-default', withDefault.length > 0,
      'An ARG declares a build-time setting with a default value, such as ARG APP_VERSION=dev.',
      'ARG объявляет параметр сборки со значением по умолчанию, например ARG APP_VERSION=dev.'),
    criterion('arg-used', used,
      'The ARG is used where it is visible: an ARG above the first FROM inside a FROM line, an ARG inside a stage in a later instruction of that stage.',
      'ARG используется там, где он виден: ARG над первым FROM — в строке FROM, ARG внутри этапа — в следующих инструкциях этого этапа.'),
    criterion('global-arg-redeclared', scoped,
      'Every ARG from above FROM that a stage uses after FROM is declared again inside that stage with ARG NAME.',
      'Каждый ARG, объявленный над FROM и используемый внутри этапа, объявлен в этом этапе заново строкой ARG ИМЯ.'),
    criterion('env-key-value', envs.length > 0 && envs.every((i) => (i.args[0]?.value ?? '').includes('=')),
      'ENV sets at least one run-time variable, always in the KEY=value form (not the old "ENV KEY value").',
      'ENV задаёт хотя бы одну переменную для запуска, и всегда в форме КЛЮЧ=значение (а не старой «ENV КЛЮЧ значение»).'),
    criterion('no-secrets', noSecrets,
      'No ARG or ENV carries a password, token or key: those values stay readable in the image.',
      'Ни ARG, ни ENV не передают пароль, токен или ключ: такие значения остаются читаемыми в образе.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm2-04-arg-env',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
