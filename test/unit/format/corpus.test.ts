// Formatting over every Dockerfile of the shared corpus (../shared/corpus): formatting twice
// gives the same text, the formatted file has the same instructions, and the analysis finds the
// same problems (casing findings may only disappear: that is what formatting fixes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/analysis/analyze';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { kindOf } from '../../../server/src/analysis/fileKinds';
import { formatDockerfile } from '../../../server/src/analysis/format/dockerfile';
import { dockerfileFormat, DEFAULT_FORMAT_SETTINGS, type DockerfileFormat } from '../../../server/src/analysis/format/options';
import { CORPUS, filesUnder } from '../helpers';
import { instructionShapes } from './shape';

/** Findings about keyword case: formatting fixes them. */
const CASING_CODES: ReadonlySet<string> = new Set(['DF036', 'DF040']);

const FORMATS: [string, DockerfileFormat][] = [
  ['defaults, spaces', dockerfileFormat(DEFAULT_FORMAT_SETTINGS, { tabSize: 4, insertSpaces: true })],
  ['tabs, final newline', dockerfileFormat(DEFAULT_FORMAT_SETTINGS, { tabSize: 4, insertSpaces: false, insertFinalNewline: true, trimFinalNewlines: true })],
  ['indent 2, keep case, blank lines kept', dockerfileFormat({ ...DEFAULT_FORMAT_SETTINGS, instructionCase: 'keep', continuationIndent: 2, collapseBlankLines: false }, { tabSize: 8, insertSpaces: true })],
];

function format(text: string, fmt: DockerfileFormat): string {
  return TextDocument.applyEdits(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text), formatDockerfile(parseDockerfile(text), fmt));
}

function countsByCode(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of analyze('dockerfile', text).findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return counts;
}

test('corpus: every Dockerfile formats idempotently and keeps its instructions and findings', (t) => {
  if (!existsSync(CORPUS)) {
    assert.notEqual(process.env.CI, 'true', `in CI the corpus is beside the project: ${CORPUS}`);
    t.skip(`no corpus at ${CORPUS}`);
    return;
  }
  const files = filesUnder(CORPUS).filter((f) => kindOf(f) === 'dockerfile');
  assert.ok(files.length > 50, `Dockerfiles found in the corpus: ${files.length}`);
  let changed = 0;
  for (const file of files) {
    const name = relative(CORPUS, file);
    const text = readFileSync(file, 'utf8');
    const shapes = instructionShapes(text);
    const counts = countsByCode(text);
    for (const [label, fmt] of FORMATS) {
      const once = format(text, fmt);
      if (once !== text) changed++;
      assert.equal(format(once, fmt), once, `${name} (${label}): a second pass changed the text`);
      assert.deepEqual(instructionShapes(once), shapes, `${name} (${label}): the instructions changed`);
      const after = countsByCode(once);
      for (const code of new Set([...counts.keys(), ...after.keys()])) {
        const [was, is] = [counts.get(code) ?? 0, after.get(code) ?? 0];
        if (CASING_CODES.has(code)) assert.ok(is <= was, `${name} (${label}): ${code} ${was} -> ${is}`);
        else assert.equal(is, was, `${name} (${label}): ${code} findings ${was} -> ${is}`);
      }
    }
  }
  assert.ok(changed > 0, 'formatting changed some corpus files (else this test proves nothing)');
});
