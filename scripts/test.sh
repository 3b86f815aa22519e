#!/usr/bin/env bash
# npm test: every layer, fastest first. Usage: scripts/test.sh all|unit|server|docker|vscode
# Each layer ends with its runner's summary (node's test runner, or "N passed, N failed").
# With CI=true a missing prerequisite fails the run; otherwise the layer is reported SKIPPED
# (never as passed) and the run exits non-zero.
set -uo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
failed=(); skipped=()
say() { printf '\n==== %s\n' "$*"; }
layer_result() { if [ "$2" = 0 ]; then say "layer $1: ok"; else say "layer $1: FAILED (exit $2)"; failed+=("$1"); fi; }
missing() {
  say "layer $1: prerequisite missing: $2"
  if [ "${CI:-}" = true ]; then failed+=("$1"); else skipped+=("$1"); fi
}

build() {
  if [ ! -d node_modules ]; then npm ci --no-audit --no-fund || return 1; fi
  node scripts/build.mjs && npx eslint . --max-warnings 0
}

unit() { node --test --test-reporter=spec --test-reporter-destination=stdout out/test/unit/; }
server() { node --test --test-reporter=spec --test-reporter-destination=stdout out/test/server/; }

docker_layer() {
  if ! scripts/prereqs.sh engine; then missing docker "Docker engine (run scripts/prereqs.sh engine as root)"; return; fi
  local lab=${DOCKER_COACH_LAB:-/tmp/docker-coach-lab}
  local envline
  if ! envline=$(scripts/docker-lab.sh start "$lab"); then layer_result docker 1; return; fi
  eval "$envline"
  DOCKER_COACH_LAB_IMAGE=coach/busybox:1 node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout out/test/docker/
  local rc=$?
  scripts/docker-lab.sh stop "$lab" || true
  unset DOCKER_HOST
  layer_result docker $rc
}

vscode_layer() {
  if ! scripts/prereqs.sh all; then missing vscode "code-server, Node 24, Chromium and a Docker engine (run scripts/prereqs.sh as root)"; return; fi
  local lab=${DOCKER_COACH_LAB:-/tmp/docker-coach-lab} envline
  if ! envline=$(scripts/docker-lab.sh start "$lab"); then layer_result vscode 1; return; fi
  eval "$envline"
  local rc=0 profile
  export E2E_TALLY; E2E_TALLY=$(mktemp)
  node test/vscode/run.mjs || rc=1
  say "the course: lesson from the tree, create the file, check the work, quiz (dark theme)"
  profile=$(mktemp -d /tmp/coach-course-XXXX)
  node test/vscode/run.mjs --suite course --profile "$profile" --out test-results/vscode-course || rc=1
  say "the course after a reload on the same profile (light theme)"
  node test/vscode/run.mjs --suite course-reload --profile "$profile" --out test-results/vscode-course-reload \
    --settings '{"workbench.colorTheme":"Default Light Modern"}' || rc=1
  rm -rf "$profile"
  say "Russian, chosen by dockerCoach.language"
  node test/vscode/run.mjs --suite russian --out test-results/vscode-russian --settings '{"dockerCoach.language":"ru"}' || rc=1
  say "an untrusted folder (restricted mode): checks and lessons, no docker command"
  node test/vscode/run.mjs --suite untrusted --untrusted --out test-results/vscode-untrusted || rc=1
  say "the same suite against the packaged .vsix"
  if npx vsce package --no-dependencies --no-rewrite-relative-links --out test-results/docker-coach.vsix; then
    node test/vscode/run.mjs --vsix test-results/docker-coach.vsix --out test-results/vscode-vsix || rc=1
  else rc=1; fi
  scripts/docker-lab.sh stop "$lab" || true
  unset DOCKER_HOST
  awk '{ p += $1; f += $2 } END { printf "\nvscode-all-phases: %d passed, %d failed\n", p, f }' "$E2E_TALLY"
  rm -f "$E2E_TALLY"; unset E2E_TALLY
  layer_result vscode $rc
}

say "build and lint"
build || { say "build or lint FAILED"; exit 1; }
case $what in
  unit) unit; layer_result unit $? ;;
  server) server; layer_result server $? ;;
  docker) docker_layer ;;
  vscode) vscode_layer ;;
  all)
    unit; layer_result unit $?
    server; layer_result server $?
    docker_layer
    vscode_layer ;;
  *) echo "usage: scripts/test.sh all|unit|server|docker|vscode" >&2; exit 64 ;;
esac
say "summary: failed layers: ${failed[*]:-none}; skipped layers: ${skipped[*]:-none}"
[ ${#failed[@]} -eq 0 ] && [ ${#skipped[@]} -eq 0 ]
