// The CLI's three output formats (contracts note): text lines, one JSON object, SARIF 2.1.0.
import { describeRules } from '../analysis/registry';
import type { Lang } from '../analysis/types';
import type { LintResult } from './lint';

const lessonId = (lesson: string) => lesson.split('#')[0] as string;

export function toJson(result: LintResult): string {
  return JSON.stringify({
    files: result.files,
    findings: result.findings.map((f) => ({
      file: f.file,
      code: f.code,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      lesson: lessonId(f.lesson),
    })),
  }, null, 2) + '\n';
}

export function toText(result: LintResult, lang: Lang): string {
  const lines = result.findings.map((f) =>
    `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code} ${f.message} [${lessonId(f.lesson)}]`);
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  if (lang === 'ru') {
    lines.push(result.files === 0
      ? 'Не найдено ни одного Dockerfile или compose-файла.'
      : `Проверено файлов: ${result.files}; ошибок: ${count('error')}, предупреждений: ${count('warning')}, прочих замечаний: ${count('info') + count('hint')}.`);
  } else {
    lines.push(result.files === 0
      ? 'No Dockerfiles or Compose files found.'
      : `${result.files} file(s) checked: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info') + count('hint')} other finding(s).`);
  }
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function toSarif(result: LintResult, lang: Lang, version: string, lessonSummary: (id: string) => string | undefined): string {
  const rules = describeRules(lang);
  const used = [...new Set(result.findings.map((f) => f.code))].sort();
  const ruleEntries = used.map((code) => {
    const r = rules.find((x) => x.code === code);
    const title = r?.title ?? (code === 'internal' ? 'Internal problem' : code);
    const lesson = lessonId(r?.lesson ?? '');
    return {
      id: code,
      name: r?.slug ?? code,
      shortDescription: { text: title },
      help: { text: `${lessonSummary(lesson) ?? title} (Docker Coach lesson ${lesson || 'n/a'})` },
      defaultConfiguration: { level: SARIF_LEVEL[r?.severity ?? 'warning'] },
      properties: { lesson, equivalents: r?.equivalents ?? [] },
    };
  });
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'docker-coach', version, rules: ruleEntries } },
      results: result.findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: used.indexOf(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: f.file.split('\\').join('/') },
            region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
          },
        }],
        properties: { lesson: lessonId(f.lesson) },
      })),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

export function rulesAsJson(lang: Lang): string {
  return JSON.stringify(describeRules(lang).map((r) => ({
    code: r.code, title: r.title, severity: r.severity, lesson: lessonId(r.lesson), equivalents: r.equivalents, fixable: r.fixable,
  })), null, 2) + '\n';
}

export function rulesAsText(lang: Lang): string {
  return describeRules(lang).map((r) => `${r.code}  ${r.severity.padEnd(7)}  ${r.title}  [${lessonId(r.lesson)}]`).join('\n') + '\n';
}
