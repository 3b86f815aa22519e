// Exercise of lesson m3-04-security-hardening: the final stage runs as a non-root user, no RUN
// uses sudo or opens files to everyone with chmod 777, and no password, token or key travels
// in ENV, ARG or a copied secret file.
import type { DockerfileModel } from '../../dockerfile/model';
import { programOf } from '../../dockerfile/shell';
import { bestJudgement, criterion, dockerfiles, finalUser, isNonRoot } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)/i;
const SECRET_FILE = /(^|\/)(\.env|id_rsa|id_ed25519|id_ecdsa|[^/]*\.pem|[^/]*\.key)$/i;

function chmodOpen(words: string[]): boolean {
  return words.some((w) => /^0?777$/.test(w) || /^(a|ugo)\+rwx$/.test(w) || /^(a|ugo)=rwx$/.test(w));
}

function argNames(words: string[]): string[] {
  return words.map((w) => w.split('=')[0] as string);
}

function judge(model: DockerfileModel | undefined): Criterion[] {
  const final = model?.stages[model.stages.length - 1];
  const user = model ? finalUser(model) : undefined;
  const runs = (model?.instructions ?? []).filter((i) => i.keyword === 'RUN' && !i.execForm);
  const commands = runs.flatMap((i) => (model ? model.commands(i) : []));
  const sudo = commands.some((c) => c.words[0]?.value === 'sudo');
  const open = commands.some((c) => programOf(c)?.name === 'chmod' && chmodOpen(c.words.map((w) => w.value)));
  const envArgs = (model?.instructions ?? []).filter((i) => i.keyword === 'ENV' || i.keyword === 'ARG');
  // ENV NAME value (legacy form) has one name; NAME=value forms may list several.
  const names = envArgs.flatMap((i) => (i.args.some((a) => a.value.includes('=')) ? argNames(i.args.map((a) => a.value)) : [i.args[0]?.value ?? '']));
  const secretVar = names.some((n) => SECRET_NAME.test(n) && !/_FILE$/i.test(n));
  const copiesSecret = (model?.instructions ?? []).some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD')
    && !i.flags.some((f) => f.name === 'from')
    && (i.execForm ?? i.args.map((a) => a.value)).slice(0, -1).some((s) => SECRET_FILE.test(s)));
  return [
    criterion('final-user-not-root', isNonRoot(user),
      'The final stage runs as a non-root user: a USER line with a name or UID other than root or 0 (for example USER 10001), or a distroless :nonroot base.',
      'Последний этап работает от пользователя без прав root: строка USER с именем или UID, отличным от root и 0 (например, USER 10001), или база distroless с тегом :nonroot.'),
    criterion('no-sudo-or-777', model !== undefined && final !== undefined && !sudo && !open,
      'No RUN uses sudo (build steps before USER already run as root) or chmod 777: give the files to the app user with chown or COPY --chown instead.',
      'Ни один RUN не использует sudo (шаги сборки до USER и так выполняются от root) и chmod 777: вместо этого отдайте файлы пользователю приложения через chown или COPY --chown.'),
    criterion('no-secrets-in-image', model !== undefined && final !== undefined && !secretVar && !copiesSecret,
      'No ENV or ARG is named like a password, token or key, and no .env, .pem, .key or id_rsa file is copied in: pass build secrets with RUN --mount=type=secret.',
      'Ни один ENV или ARG не назван как пароль, токен или ключ, и в образ не копируются файлы .env, .pem, .key или id_rsa: секреты сборки передавайте через RUN --mount=type=secret.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm3-04-non-root',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
