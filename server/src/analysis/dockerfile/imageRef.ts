// An image reference as written after FROM: [registry/][namespace/]name[:tag][@digest].
import type { Range } from '../types';

export interface ImageRef {
  /** As written. */
  text: string;
  /** Everything before the tag and digest, e.g. `docker.io/library/node`. */
  name: string;
  tag?: string;
  digest?: string;
  range: Range;
  /** `${VAR}` or `$VAR` anywhere in it: only known at build time. */
  usesVariable: boolean;
  isScratch: boolean;
  platform?: string;
  /** Docker Official Image (`node`, `library/node`, `docker.io/library/node`). */
  official: boolean;
  /** Host of an explicit registry, if any. */
  registry?: string;
}

export function parseImageRef(text: string, range: Range, platform?: string): ImageRef {
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const path = hasRegistry ? parts.slice(1) : parts;
  const registry = hasRegistry ? first : undefined;
  const official =
    (!registry || registry === 'docker.io' || registry === 'index.docker.io') &&
    (path.length === 1 || (path.length === 2 && path[0] === 'library'));
  const ref: ImageRef = {
    text,
    name: rest,
    range,
    usesVariable: /\$/.test(text),
    isScratch: rest.toLowerCase() === 'scratch',
    official,
  };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  if (platform !== undefined) ref.platform = platform;
  if (registry !== undefined) ref.registry = registry;
  return ref;
}
