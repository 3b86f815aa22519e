// Helpers for engine exercise checks: read what `docker ps -a` and `docker images` reported.
import type { EngineSnapshot } from './types';

export type Container = EngineSnapshot['containers'][number];

/** `docker.io/library/alpine:3.22` and `alpine:3.22` are the same reference. */
export function splitRef(ref: string): { name: string; tag?: string; digest?: string } {
  const short = ref.trim().replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(?:library\/)?/, '');
  if (/^sha256:/i.test(short)) return { name: short }; // the image lost its tag: only its ID is left
  const [rest = '', digest] = short.split('@');
  const slash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', slash + 1);
  const name = colon >= 0 ? rest.slice(0, colon) : rest;
  const tag = colon >= 0 ? rest.slice(colon + 1) : undefined;
  return { name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export function pinnedImage(ref: string, name: string): boolean {
  const r = splitRef(ref);
  return r.name === name && (r.digest !== undefined || (r.tag !== undefined && r.tag.toLowerCase() !== 'latest'));
}

export function exitCode(c: Container | undefined): number | undefined {
  if (!c || c.state !== 'exited') return undefined;
  const m = /^exited\s*\((-?\d+)\)/i.exec(c.status.trim());
  return m ? Number(m[1]) : undefined;
}

export function named(engine: EngineSnapshot, name: string): Container | undefined {
  return engine.containers.find((c) => c.name.split(',').some((n) => n.trim().replace(/^\//, '') === name));
}

