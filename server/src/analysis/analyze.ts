// Runs every rule of a file's kind over one shared parse, applies severity settings and
// inline ignores, and isolates rules from each other: a rule that throws becomes one
// `internal` finding and the others still run.
import { parseCompose, type ComposeModel } from './compose/model';
import { parseDockerfile, type DockerfileModel } from './dockerfile/model';
import { composeSuppressions, dockerfileSuppressions, Suppressions } from './ignores';
import { codesForPeer, ruleFor, rulesFor } from './registry';
import type { RuleContext } from './rule';
import type { ProjectContext } from './project/context';
import { comparePositions, INTERNAL_CODE, type FileKind, type Finding, type Fix, type Lang, type Range, type SeveritySetting } from './types';
import { internalMessage } from './internal';

export type Model = DockerfileModel | ComposeModel;

export interface AnalyzeOptions {
  lang?: Lang;
  /** code -> severity or off; from settings and .docker-coach.yaml. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  project?: ProjectContext;
  /** Where details of a failing rule go (stderr, the server log). */
  onInternalError?: (code: string, error: unknown) => void;
}

export interface Analysis { model: Model; findings: Finding[] }

/** Parse a document; with the model of its previous version, only what an edit touched is parsed again. */
export function parse(kind: FileKind, text: string, previous?: Model): Model {
  return kind === 'dockerfile' ? parseDockerfile(text, previous?.kind === 'dockerfile' ? previous : undefined) : parseCompose(text, previous?.kind === 'compose' ? previous : undefined);
}

export function analyze(kind: FileKind, text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeModel(parse(kind, text), options);
}

/** A file with NUL bytes is not text: one finding instead of hundreds of nonsense ones. */
function binaryFinding(model: Model, lang: Lang, options: AnalyzeOptions): Finding[] {
  const code = model.kind === 'dockerfile' ? 'DF034' : 'DC001';
  if (options.severities?.[code] === 'off') return [];
  return [{
    code, severity: options.severities?.[code] ?? 'error', lesson: model.kind === 'dockerfile' ? 'm2-01-first-dockerfile' : 'm5-01-first-compose',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, data: { binary: true },
    message: lang === 'ru' ? 'Это двоичный файл, а не текст: Docker не сможет его прочитать. Проверьте, тот ли файл открыт.' : 'This is a binary file, not text: Docker cannot read it. Check that this is the file you meant.',
  }];
}

export function analyzeModel(model: Model, options: AnalyzeOptions = {}): Analysis {
  const lang = options.lang ?? 'en';
  if (model.text.includes('\u0000')) return { model, findings: binaryFinding(model, lang, options) };
  const findings: Finding[] = [];
  let suppressions: Suppressions;
  try {
    suppressions = model.kind === 'dockerfile' ? dockerfileSuppressions(model, codesForPeer) : composeSuppressions(model.text, codesForPeer);
  } catch (error) {
    options.onInternalError?.('ignore-comments', error);
    suppressions = new Suppressions();
  }
  const ctx: RuleContext = options.project ? { project: options.project } : {};
  for (const rule of rulesFor(model.kind)) {
    const setting = options.severities?.[rule.meta.code];
    if (setting === 'off') continue;
    const severity = setting ?? rule.meta.severity;
    try {
      rule.check(model, (r) => {
        if (suppressions.isSuppressed(rule.meta.code, r.range.start.line)) return;
        findings.push({
          code: rule.meta.code,
          severity: setting ?? r.severity ?? severity,
          message: rule.text[lang].message(r.data),
          range: r.range,
          lesson: rule.meta.lesson,
          data: r.data,
        });
      }, ctx);
    } catch (error) {
      options.onInternalError?.(rule.meta.code, error);
      if (options.severities?.[INTERNAL_CODE] === 'off' || suppressions.isSuppressed(INTERNAL_CODE, 0)) continue;
      findings.push({
        code: INTERNAL_CODE,
        severity: 'warning',
        message: internalMessage(lang, rule.meta.code, error),
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        lesson: rule.meta.lesson,
        data: { rule: rule.meta.code },
      });
    }
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.code.localeCompare(b.code));
  return { model, findings };
}

/** The quick fixes of one finding, computed from its data over the same text's model. */
export function fixesFor(model: Model, finding: { code: string; range: Range; data?: unknown }, lang: Lang): Fix[] {
  // On YAML that does not parse, the tree is a guess: an edit computed from it could corrupt the
  // file. Findings stay (they help), fixes wait until the syntax is repaired.
  if (model.kind === 'compose' && finding.code !== 'DC001' && model.doc.errors.length > 0) return [];
  const rule = ruleFor(finding.code);
  if (!rule?.fixes || rule.kind !== model.kind) return [];
  return rule.fixes(model, { range: finding.range, data: finding.data, lang });
}
