// Exercise of lesson m6-08-podman: every image the workspace pulls is named in full (registry
// host, repository, version tag or digest), so Podman finds it without a short-name setting and
// Docker finds the same one.
import { parseImageRef, type ImageRef } from '../../dockerfile/imageRef';
import { deref, mapGet, scalarText } from '../../compose/model';
import { composeFiles, criterion, dockerfiles } from '../helpers';
import type { ExerciseCheck } from '../types';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Replace `${NAME:-default}` / `${NAME-default}` / `$NAME` / `${NAME}` with what `known` or the default says. */
function substitute(text: string, known: Map<string, string>): string | undefined {
  let unresolved = false;
  const out = text.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_m, braced: string | undefined, def: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const value = known.get(name) ?? def;
    if (value === undefined) unresolved = true;
    return value ?? '';
  });
  return unresolved ? undefined : out;
}

const qualified = (ref: ImageRef) => ref.registry !== undefined;
const pinned = (ref: ImageRef) => ref.digest !== undefined || (ref.tag !== undefined && ref.tag !== '' && ref.tag.toLowerCase() !== 'latest');

export const check: ExerciseCheck = {
  id: 'm6-08-qualified-images',
  kind: 'files',
  run(files) {
    // undefined: a reference whose value only a build argument or variable without default knows.
    const refs: (ImageRef | undefined)[] = [];
    for (const { model } of dockerfiles(files)) {
      const args = new Map<string, string>();
      for (const arg of model.globalArgs) {
        for (const a of arg.args) {
          const eq = a.value.indexOf('=');
          if (eq > 0) args.set(a.value.slice(0, eq), a.value.slice(eq + 1).replace(/^["']|["']$/g, ''));
        }
      }
      for (const stage of model.stages) {
        const base = stage.base;
        if (!base.text || base.isScratch) continue;
        const earlier = model.stageIndex(base.name);
        if (earlier !== undefined && earlier < stage.index) continue;
        const text = base.usesVariable ? substitute(base.text, args) : base.text;
        refs.push(text === undefined ? undefined : parseImageRef(text, ZERO));
      }
    }
    for (const { model } of composeFiles(files)) {
      for (const svc of model.services) {
        // With build:, image: only names the result of the build; nothing is pulled for it.
        if (mapGet(model.doc, svc.value, 'build')) continue;
        const image = scalarText(deref(model.doc, mapGet(model.doc, svc.value, 'image')?.value ?? null));
        if (image === undefined) continue;
        const text = image.includes('$') ? substitute(image, new Map()) : image;
        refs.push(text === undefined ? undefined : parseImageRef(text, ZERO));
      }
    }
    const any = refs.length > 0;
    return [
      criterion('has-images', any,
        'A Containerfile (or Dockerfile) has a FROM, or a Compose file has a service with image:.',
        'В Containerfile (или Dockerfile) есть FROM, или в compose-файле есть сервис с image:.'),
      criterion('fully-qualified', any && refs.every((r) => r !== undefined && qualified(r)),
        'Every image starts with its registry host, for example docker.io/library/nginx:1.27-alpine instead of nginx:1.27-alpine.',
        'Имя каждого образа начинается с адреса реестра, например docker.io/library/nginx:1.27-alpine вместо nginx:1.27-alpine.'),
      criterion('pinned', any && refs.every((r) => r !== undefined && pinned(r)),
        'Every image has a version tag or a digest, not a bare name or latest.',
        'У каждого образа есть тег версии или дайджест, а не голое имя или latest.'),
    ];
  },
};
