import type { ComposeRule } from '../rule';
import type { Fix } from '../../types';
import { dockerfileAt, serviceBuilds } from '../../project/builds';
import { appendToMap, indentUnit, keyColumn } from '../edit';
import { knownImage, serviceImage } from '../images';
import { deref, mapGet, scalarText, seqItems, type ComposeModel, type Entry } from '../model';
import { eolOf } from '../nodes';
import { serviceRefs } from '../refs';
import { isMap } from 'yaml';

interface Data { service: string; dependency: string; disabled: boolean }

/** `healthcheck: {disable: true}` or `test: ["NONE"]` / `test: NONE`: the image's check is switched off. */
function disabledCheck(model: ComposeModel, hc: unknown): boolean {
  if (scalarText(mapGet(model.doc, hc, 'disable')?.value) === 'true') return true;
  const test = mapGet(model.doc, hc, 'test')?.value;
  const first = scalarText(seqItems(model.doc, test)[0]) ?? scalarText(test);
  return first === 'NONE';
}

/** Does the service (or the in-file service it extends) configure a healthcheck? undefined: cannot tell. */
function healthOf(model: ComposeModel, svc: Entry, depth = 0): 'yes' | 'no' | 'disabled' | 'unknown' {
  const hc = mapGet(model.doc, svc.value, 'healthcheck');
  if (hc) return disabledCheck(model, hc.value) ? 'disabled' : 'yes';
  const ext = mapGet(model.doc, svc.value, 'extends');
  if (ext) {
    const name = scalarText(ext.value) ?? (mapGet(model.doc, ext.value, 'file') ? undefined : scalarText(mapGet(model.doc, ext.value, 'service')?.value));
    const base = name === undefined ? undefined : model.services.find((s) => s.name === name);
    if (!base || depth > 4) return 'unknown';
    const inherited = healthOf(model, base, depth + 1);
    if (inherited !== 'no') return inherited;
  }
  return 'no';
}

function template(model: ComposeModel, svc: Entry): string[] {
  const unit = ' '.repeat(indentUnit(model));
  const known = knownImage(serviceImage(model, svc));
  const lines = ['healthcheck:'];
  if (!known?.healthcheck) lines.push(`${unit}# Replace with a command that succeeds only when the service is ready:`);
  lines.push(`${unit}test: ${known?.healthcheck ?? '["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]'}`);
  lines.push(`${unit}interval: 10s`, `${unit}timeout: 5s`, `${unit}retries: 5`, `${unit}start_period: 30s`);
  return lines;
}

export const DC005: ComposeRule<Data> = {
  kind: 'compose',
  meta: { code: 'DC005', slug: 'healthy-without-healthcheck', lesson: 'm5-05-depends-on-healthchecks', severity: 'error', equivalents: [], fixable: true },
  text: {
    en: {
      title: 'service_healthy on a service without a healthcheck',
      message: (d) => d.disabled
        ? `"${d.service}" waits for "${d.dependency}" to be healthy, but the healthcheck of "${d.dependency}" is disabled: it never becomes healthy and "docker compose up" fails. Give "${d.dependency}" a working healthcheck, or use condition: service_started.`
        : `"${d.service}" waits for "${d.dependency}" to be healthy, but "${d.dependency}" has no healthcheck: Compose has nothing to wait for and "docker compose up" fails ("container ${d.dependency} has no healthcheck configured"). Add a healthcheck to "${d.dependency}" that succeeds once it accepts connections.`,
    },
    ru: {
      title: 'service_healthy у сервиса без healthcheck',
      message: (d) => d.disabled
        ? `«${d.service}» ждёт, пока «${d.dependency}» станет healthy, но healthcheck у «${d.dependency}» отключён: состояние healthy не наступит, и «docker compose up» завершится ошибкой. Дайте «${d.dependency}» рабочий healthcheck или используйте condition: service_started.`
        : `«${d.service}» ждёт, пока «${d.dependency}» станет healthy, но у «${d.dependency}» нет healthcheck: Compose нечего ждать, и «docker compose up» завершится ошибкой («container ${d.dependency} has no healthcheck configured»). Добавьте «${d.dependency}» проверку, которая проходит, когда сервис уже принимает подключения.`,
    },
  },
  check(file, report, ctx) {
    const builds = ctx.project ? serviceBuilds(file, ctx.project) : [];
    for (const ref of serviceRefs(file)) {
      // `required: false`: Compose only warns and starts anyway.
      if (ref.via !== 'depends_on' || ref.condition !== 'service_healthy' || !ref.conditionRange || ref.optional) continue;
      const target = file.services.find((s) => s.name === ref.name);
      if (!target) continue;
      const health = healthOf(file, target);
      if (health === 'yes' || health === 'unknown') continue;
      if (health === 'no' && mapGet(file.doc, target.value, 'build')) {
        // The image is built here: its Dockerfile may declare a HEALTHCHECK. Without the files, stay quiet.
        const build = builds.find((b) => b.service === target);
        const df = ctx.project && build?.dockerfile ? dockerfileAt(ctx.project, build.dockerfile) : null;
        if (!df) continue;
        const stage = build?.target ? df.stages.find((s) => s.name?.toLowerCase() === build.target?.name.toLowerCase()) : df.stages[df.stages.length - 1];
        const checks = (stage?.instructions ?? []).filter((i) => i.keyword === 'HEALTHCHECK');
        const last = checks[checks.length - 1];
        if (last && last.args[0]?.value.toUpperCase() !== 'NONE') continue;
        if (!stage) continue;
      }
      report({ range: ref.conditionRange, data: { service: ref.from.name, dependency: ref.name, disabled: health === 'disabled' } });
    }
  },
  fixes(file, f) {
    const target = file.services.find((s) => s.name === f.data.dependency);
    const map = deref(file.doc, target?.value);
    if (!target || !isMap(map)) return [];
    const lines = template(file, target);
    const title = f.lang === 'ru' ? `Добавить healthcheck сервису «${f.data.dependency}»` : `Add a healthcheck to "${f.data.dependency}"`;
    const hc = mapGet(file.doc, map, 'healthcheck');
    if (!hc) {
      const edit = appendToMap(file, map, lines);
      return edit ? [{ title, edits: [edit], preferred: true }] : [];
    }
    // Replace the disabled healthcheck (a pair of this service's own mapping) with the template.
    if (!map.items.includes(hc as never)) return [];
    const col = keyColumn(file, map);
    const startOff = (hc.key as { range?: number[] }).range?.[0];
    let endOff = (hc.value as { range?: number[] } | null)?.range?.[1];
    if (col === undefined || startOff === undefined || endOff === undefined) return [];
    // A block mapping's range ends after its line break: keep that break.
    while (endOff > startOff && (file.text[endOff - 1] === '\n' || file.text[endOff - 1] === '\r')) endOff--;
    const r = { start: file.position(startOff), end: file.position(endOff) };
    const eol = eolOf(file.text);
    const pad = ' '.repeat(col);
    const fix: Fix = {
      title: f.lang === 'ru' ? `Заменить отключённый healthcheck рабочим у «${f.data.dependency}»` : `Replace the disabled healthcheck of "${f.data.dependency}"`,
      edits: [{ range: { start: r.start, end: r.end }, newText: lines.map((l, i) => (i === 0 ? l : pad + l)).join(eol) }],
      preferred: true,
    };
    return [fix];
  },
};
