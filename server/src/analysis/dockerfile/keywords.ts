// Every Dockerfile instruction BuildKit knows, for "did you mean" and completions.
export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;
const known: ReadonlySet<string> = new Set(INSTRUCTIONS);
export function isInstruction(keyword: string): boolean {
  return known.has(keyword.toUpperCase());
}
