// The shape of every rule: what it is (meta), what it says (text, per language),
// how it checks (check) and how it repairs (fixes). See docs/architecture.md.
import type { FileKind, Fix, Lang, Range, RuleMeta, RuleText, Severity } from './types';
import type { ProjectContext } from './project/context';

export interface Report<D> {
  range: Range;
  data: D;
  /**
   * A lower severity than the rule's default for this finding only (e.g. a form Docker still
   * accepts, where the rule's errors are forms it rejects). A severity the user set wins.
   */
  severity?: Severity;
}

export interface RuleContext {
  /** Other files around the analysed one, when the host provides them (never for a bare string). */
  project?: ProjectContext;
}

export interface FixRequest<D> { range: Range; data: D; lang: Lang }

export interface Rule<M, D = undefined> {
  kind: FileKind;
  meta: RuleMeta;
  text: Record<Lang, RuleText<D>>;
  check(model: M, report: (r: Report<D>) => void, ctx: RuleContext): void;
  /** Pure: (model of the same text, the finding) -> edits. Titles in the request's language. */
  fixes?(model: M, finding: FixRequest<D>): Fix[];
}

// Rules are stored together with different data types; the registry only needs this view.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any>;
