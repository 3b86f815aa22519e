#!/usr/bin/env bash
# Installs what `npm test` needs beyond npm packages, idempotently:
#   apt: docker.io docker-compose busybox-static (real engine tests), chromium libkrb5-dev (in-editor tests)
#   cache (outside the repo): Node 24 and code-server (real VS Code), in $DOCKER_COACH_CACHE
# Usage: scripts/prereqs.sh [engine|editor|all]   (default all)
# Without root or apt-get it names what is missing and exits 3.
set -euo pipefail
what=${1:-all}
CACHE=${DOCKER_COACH_CACHE:-$HOME/.cache/docker-coach}
CODE_SERVER_VERSION=4.139.1          # = VS Code 1.139.1; needs Node 24
step() { printf '[prereqs] %s\n' "$*" >&2; }
die() { printf '[prereqs] ERROR: %s\n' "$*" >&2; exit "${2:-1}"; }

need_apt=()
want() { dpkg -s "$1" >/dev/null 2>&1 || need_apt+=("$1"); }
case $what in
  engine) want docker.io; want docker-compose; want busybox-static ;;
  editor) want chromium; want libkrb5-dev ;;
  all) for p in docker.io docker-compose busybox-static chromium libkrb5-dev; do want "$p"; done ;;
  *) die "usage: prereqs.sh [engine|editor|all]" 64 ;;
esac
if [ ${#need_apt[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing Debian packages: ${need_apt[*]}; install them as root (apt-get install ${need_apt[*]})" 3
  command -v apt-get >/dev/null || die "no apt-get here: install ${need_apt[*]} by hand" 3
  step "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need_apt[@]}" >&2
else
  step "Debian packages present"
fi
[ "$what" = engine ] && exit 0

npm_in() { local dir=$1; shift; mkdir -p "$dir"; [ -f "$dir/package.json" ] || echo '{"private":true}' >"$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$@" >&2); }

NODE24=$CACHE/node24/node_modules/node/bin/node
if [ -x "$NODE24" ] && [[ $("$NODE24" -v) == v24.* ]]; then step "Node $("$NODE24" -v) present"
else step "installing Node 24 (npm package node@24) into $CACHE/node24"; npm_in "$CACHE/node24" node@24; fi
N24_HOME=$(dirname "$(dirname "$(find "$CACHE/node24/node_modules/node/node_modules" -maxdepth 3 -path '*/bin/node' | head -1)")")
[ -d "$N24_HOME/include/node" ] || die "no Node 24 headers under $N24_HOME"

CS=$CACHE/code-server/node_modules/code-server
if [ -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] &&
   grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS/package.json"; then
  step "code-server $CODE_SERVER_VERSION present"
else
  step "installing code-server $CODE_SERVER_VERSION into $CACHE/code-server (native builds, about 3 minutes)"
  # Its postinstall needs npm on Node 24 and Node 24's headers (overriding any nodedir in ~/.npmrc).
  PATH=$N24_HOME/bin:$PATH npm_config_nodedir=$N24_HOME npm_in "$CACHE/code-server" "code-server@$CODE_SERVER_VERSION"
  [ -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] ||
    die "code-server's postinstall did not build its native modules"
fi
step "ready: NODE24=$NODE24 CODE_SERVER_DIR=$CS"
