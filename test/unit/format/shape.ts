// What a Dockerfile means to the builder, for checking that formatting kept it: each
// instruction's keyword (upper case, as are FROM's AS and ONBUILD's trigger) and its words, with
// whitespace runs inside a word normalised.
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { fromAsWord, onbuildTrigger } from '../../../server/src/analysis/dockerfile/casing';

export function instructionShapes(text: string): string[] {
  const model = parseDockerfile(text);
  return model.instructions.map((i) => {
    const keywords = new Set([fromAsWord(i), onbuildTrigger(i)].filter((w) => w !== undefined));
    const words = [...i.flags.map((f) => `--${f.name}${f.value === null ? '' : `=${f.value}`}`), ...i.args.map((a) => (keywords.has(a) ? a.value.toUpperCase() : a.value))];
    return [i.keyword, ...words.map((w) => w.replace(/\s+/g, ' '))].join(' ');
  });
}
