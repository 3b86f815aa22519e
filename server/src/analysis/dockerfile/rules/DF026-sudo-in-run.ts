import type { DockerfileRule } from '../rule';

export const DF026: DockerfileRule<{ user: boolean }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF026', slug: 'sudo-in-run', lesson: 'm3-04-security-hardening', severity: 'warning',
    equivalents: ['hadolint:DL3004'], fixable: false,
  },
  text: {
    en: {
      title: 'sudo in RUN',
      message: (d) => d.user
        ? 'sudo -u runs this step as another user through a tool made for interactive logins: it needs sudo installed and configured in the image, and it passes signals and environment in surprising ways. Switch users with the USER instruction before this RUN (and back after), or use gosu/su-exec for entrypoint scripts.'
        : 'A build step already runs as root unless a USER instruction changed it, so sudo is not needed; and with a non-root USER it only works if the image ships sudo with a passwordless rule, which gives every process in the container a way back to root. Remove sudo, and put "USER root" ... "USER app" around steps that need root.',
    },
    ru: {
      title: 'sudo в RUN',
      message: (d) => d.user
        ? 'sudo -u запускает шаг от другого пользователя через инструмент для интерактивного входа: в образе должен быть установлен и настроен sudo, а сигналы и переменные окружения он передаёт неочевидно. Переключайте пользователя инструкцией USER перед этим RUN (и обратно после него), а в скриптах запуска используйте gosu или su-exec.'
        : 'Шаг сборки и так выполняется от root, если инструкция USER этого не изменила, поэтому sudo не нужен; а с непривилегированным USER он работает, только если в образе есть sudo с правилом без пароля — и тогда любой процесс в контейнере может вернуть себе root. Уберите sudo, а шаги, которым нужен root, обрамите «USER root» … «USER app».',
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'RUN') continue;
      if (instr.execForm) {
        const first = instr.args[0];
        if (instr.execForm[0] === 'sudo' && first) report({ range: first.range, data: { user: instr.execForm.includes('-u') } });
        continue;
      }
      // One finding per RUN, on its first sudo: the advice is the same for all of them.
      const cmd = file.commands(instr).find((c) => c.words[0]?.value === 'sudo');
      const first = cmd?.words[0];
      if (cmd && first) report({ range: first.range, data: { user: cmd.words.some((w) => w.value === '-u' || w.value.startsWith('--user')) } });
    }
  },
};
