import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { dockerfileHover, type HoverResult } from '../../../server/src/analysis/hover/dockerfile';
import type { Lang } from '../../../server/src/analysis/types';
import { rangeText } from '../helpers';

const FILE = [
  'ARG BASE=python:3.12-slim', //                                              1
  'FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build', //             2
  'ARG TARGETARCH', //                                                         3
  'ENV APP_HOME=/app', //                                                      4
  'RUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/app .', // 5
  'RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci', //                    6
  'FROM ${BASE}', //                                                           7
  'COPY --from=build --chown=app:app --chmod=755 --link /out/app /usr/local/bin/app', // 8
  'WORKDIR $APP_HOME', //                                                      9
  'EXPOSE 8080 53/udp 8080:80 8000-8002', //                                  10
  'FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', // 11
  'FROM ghcr.io/acme/tool:1.0', //                                            12
  'FROM bitnami/redis', //                                                    13
  'FROM build AS final', //                                                   14
  'RUN echo ${TARGETARCH:-amd64} $BASE $APP_HOME', //                        15
  'COPY --from=nginx:1.27 /etc/nginx /etc/nginx', //                         16
  'FROM scratch', //                                                          17
].join('\n') + '\n';
const model = parseDockerfile(FILE);

/** Hover at 1-based line and column. */
function hoverAt(line: number, column: number, lang: Lang = 'en'): HoverResult {
  const h = dockerfileHover(model, { line: line - 1, character: column - 1 }, lang);
  assert.ok(h, `no hover at ${line}:${column}`);
  return h;
}

test('the keyword hover still explains the instruction', () => {
  const h = hoverAt(8, 2);
  assert.match(h.markdown, /^\*\*COPY\*\*/);
  assert.equal(h.lesson, 'm2-01-first-dockerfile');
});

test('flags: --from names the stage it takes files from', () => {
  const h = hoverAt(8, 8);
  assert.equal(rangeText(h.range), '8:6-8:18');
  assert.match(h.markdown, /stage \*\*build\*\* \(line 2, `FROM golang:1\.22-alpine`\)/);
  assert.equal(h.lesson, 'm3-01-multi-stage');
  assert.match(hoverAt(16, 10).markdown, /straight from the image `nginx:1\.27`/);
});

test('flags: --chown, --chmod, --link and --platform', () => {
  assert.match(hoverAt(8, 22).markdown, /^\*\*--chown\*\*\n\nSets the owner/);
  assert.equal(hoverAt(8, 22).lesson, 'm3-04-security-hardening');
  assert.match(hoverAt(8, 38).markdown, /^\*\*--chmod\*\*/);
  assert.match(hoverAt(8, 50).markdown, /^\*\*--link\*\*/);
  const platform = hoverAt(2, 8);
  assert.match(platform.markdown, /^\*\*--platform\*\*/);
  assert.match(platform.markdown, /BUILDPLATFORM/);
});

test('flags: --mount explains its type', () => {
  const cache = hoverAt(5, 10);
  assert.match(cache.markdown, /^\*\*--mount=type=cache\*\*/);
  assert.match(cache.markdown, /Mounted at `\/root\/\.cache\/go-build`/);
  assert.equal(cache.lesson, 'm2-02-layers-and-cache');
  const secret = hoverAt(6, 10);
  assert.match(secret.markdown, /never written to a layer/);
  assert.equal(secret.lesson, 'm2-04-env-and-arg');
});

test('images: official image with a variant tag', () => {
  const h = hoverAt(2, 40);
  assert.equal(rangeText(h.range), '2:32-2:50');
  assert.match(h.markdown, /Docker Official Image \(`library\/golang`/);
  assert.match(h.markdown, /Tag `1\.22-alpine`/);
  assert.match(h.markdown, /Alpine Linux variant/);
  assert.equal(h.lesson, 'm3-03-pinning');
});

test('images: digest, other registry, publisher image without tag, stage, scratch, variable', () => {
  assert.match(hoverAt(11, 8).markdown, /Pinned by digest `sha256:0123456789ab…`/);
  assert.match(hoverAt(12, 8).markdown, /registry `ghcr\.io`, not Docker Hub/);
  const redis = hoverAt(13, 8).markdown;
  assert.match(redis, /published by `bitnami`, not an official image/);
  assert.match(redis, /No tag, so it means `:latest`/);
  assert.match(hoverAt(14, 7).markdown, /earlier stage \*\*build\*\* \(line 2\)/);
  assert.equal(hoverAt(17, 7).lesson, 'm3-02-image-size');
  assert.match(hoverAt(7, 6).markdown, /with the defaults it is `python:3\.12-slim`/);
});

test('stage names list where they are used', () => {
  const h = hoverAt(2, 55);
  assert.match(h.markdown, /^\*\*build\*\*/);
  assert.match(h.markdown, /Used on lines 8, 14\./);
});

test('variables: where defined and the value', () => {
  const env = hoverAt(9, 11);
  assert.equal(rangeText(env.range), '9:9-9:18');
  assert.match(env.markdown, /not declared in this Dockerfile|Not declared in this Dockerfile/);
  // FROM ${BASE}: the image hover, which resolves the global ARG's default.
  assert.match(hoverAt(7, 8).markdown, /^\*\*\$\{BASE\}\*\*\n\nChosen at build time from global ARGs; with the defaults it is `python:3\.12-slim`/);
  const inherited = hoverAt(15, 40);
  assert.match(inherited.markdown, /ENV \(line 4\): `\/app`/, 'FROM build inherits ENV from the build stage');
  const global = hoverAt(15, 33);
  assert.match(global.markdown, /global ARG \(line 1\) that this stage has not redeclared/);
  const platform = hoverAt(15, 13);
  assert.match(platform.markdown, /ARG \(line 3\), no default/);
  assert.match(platform.markdown, /Falls back to the text after `-` when the variable is unset or empty/);
  assert.equal(platform.lesson, 'm2-04-env-and-arg');
  assert.match(hoverAt(2, 20).markdown, /Set by BuildKit for the platform of the build/);
});

test('variables: hovering the name in ARG and ENV', () => {
  assert.match(hoverAt(4, 6).markdown, /^\*\*APP_HOME\*\*\n\nENV \(line 4\): `\/app`/);
  assert.match(hoverAt(1, 6).markdown, /Global ARG \(line 1\)/);
});

test('EXPOSE ports: what the port is and how to publish it', () => {
  const h = hoverAt(10, 9);
  assert.equal(rangeText(h.range), '10:8-10:12');
  assert.match(h.markdown, /Port 8080\/tcp \(usually HTTP\)/);
  assert.match(h.markdown, /docker run -p 8080:8080/);
  assert.equal(h.lesson, 'm2-05-expose-volume-user-healthcheck');
  assert.match(hoverAt(10, 14).markdown, /Port 53\/udp \(usually DNS\)/);
  assert.match(hoverAt(10, 22).markdown, /Docker keeps `80` and ignores the rest/);
  assert.match(hoverAt(10, 30).markdown, /Ports 8000-8002\/tcp \(3 ports\)/);
});

test('hovers speak Russian', () => {
  assert.match(hoverAt(8, 8, 'ru').markdown, /Берёт файлы из этапа \*\*build\*\*/);
  assert.match(hoverAt(5, 10, 'ru').markdown, /Каталог кэша/);
  assert.match(hoverAt(2, 40, 'ru').markdown, /Официальный образ Docker/);
  assert.match(hoverAt(15, 33, 'ru').markdown, /Глобальный ARG \(строка 1\)/);
  assert.match(hoverAt(10, 9, 'ru').markdown, /Порт 8080\/tcp/);
  for (const [l, c] of [[8, 22], [8, 38], [8, 50], [2, 8], [6, 10], [11, 8], [12, 8], [13, 8], [14, 7], [17, 7], [2, 55], [4, 6], [10, 22]] as const) {
    assert.match(hoverAt(l, c, 'ru').markdown, /[а-яё]/i, `${l}:${c} has Russian text`);
  }
});

test('variables in exec form are not expanded', () => {
  const m = parseDockerfile('FROM alpine:3.20\nCMD ["echo", "$HOME"]\n');
  const h = dockerfileHover(m, { line: 1, character: 15 }, 'en');
  assert.match(h?.markdown ?? '', /no shell runs, so `\$HOME` is passed on literally/);
  assert.equal(h?.lesson, 'm2-03-cmd-vs-entrypoint');
});

test('no hover on plain arguments', () => {
  assert.equal(dockerfileHover(model, { line: 4, character: 70 }, 'en'), undefined);
});
