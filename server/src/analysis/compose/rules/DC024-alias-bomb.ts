import { isAlias, visit } from 'yaml';
import type { ComposeRule } from '../rule';
import type { Range } from '../../types';
import { MAX_ALIAS_COUNT } from '../model';
import { MAX_DEPTH, nesting } from '../nodes';

export const DC024: ComposeRule<{ reason: 'aliases' | 'depth'; limit: number }> = {
  kind: 'compose',
  meta: { code: 'DC024', slug: 'alias-bomb', lesson: 'm5-01-first-compose#yaml-in-five-minutes', severity: 'error', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'YAML that expands out of all proportion',
      message: (d) => d.reason === 'aliases'
        ? `Its aliases (*name) expand this file to more than ${d.limit} copies of their anchors: a "billion laughs" alias bomb that would make Compose and other tools use huge amounts of memory. Docker Coach did not expand it and checked only its syntax. Use anchors to share a few settings, not to multiply data.`
        : `This file nests collections more than ${d.limit} levels deep: no real Compose file does, and such a document can crash the tools that read it. Docker Coach checked only its syntax.`,
    },
    ru: {
      title: 'YAML, который разрастается непомерно',
      message: (d) => d.reason === 'aliases'
        ? `Алиасы (*имя) разворачивают этот файл в более чем ${d.limit} копий якорей: это «бомба из алиасов» (billion laughs), из-за которой Compose и другие инструменты съедят огромный объём памяти. Docker Coach не стал её разворачивать и проверил только синтаксис. Используйте якоря, чтобы переиспользовать несколько настроек, а не размножать данные.`
        : `Коллекции в этом файле вложены глубже ${d.limit} уровней: в настоящих Compose-файлах такого не бывает, а такой документ может уронить читающие его инструменты. Docker Coach проверил только синтаксис.`,
    },
  },
  check(file, report) {
    const n = nesting(file);
    if (n.depth > MAX_DEPTH || file.syntax.some((s) => s.code === 'RESOURCE_EXHAUSTION')) {
      const r = file.rangeOf(n.node);
      const range: Range = { start: r.start, end: r.start.line === r.end.line ? r.end : r.start };
      report({ range, data: { reason: 'depth', limit: MAX_DEPTH } });
      return;
    }
    if (file.doc.errors.length > 0) return;
    try {
      file.value();
    } catch {
      // Point at the first alias: where the expansion starts.
      let range: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      visit(file.doc, { Alias(_k, node) { if (isAlias(node)) { range = file.rangeOf(node); return visit.BREAK; } return undefined; } });
      report({ range, data: { reason: 'aliases', limit: MAX_ALIAS_COUNT } });
    }
  },
};
