#!/usr/bin/env bash
# A private Docker engine for the real-engine tests (no registry needed):
#   docker-lab.sh start DIR   start dockerd rooted in DIR (or reuse it), import coach/busybox:1,
#                             print `export DOCKER_HOST=...` on stdout (progress on stderr)
#   docker-lab.sh stop DIR    stop that dockerd by its pidfile, unmount what it left, remove DIR
# Needs root and Debian's docker.io + busybox-static (scripts/prereqs.sh engine).
set -euo pipefail
cmd=${1:-}; DIR=${2:-}
[ -n "$cmd" ] && [ -n "$DIR" ] || { echo "usage: docker-lab.sh start|stop DIR" >&2; exit 64; }
DIR=$(realpath -m -- "$DIR")
# Unix socket paths are limited to ~107 bytes and containerd's to ~104 under the exec root.
RUN=/tmp/dcl-$(printf %s "$DIR" | sha256sum | cut -c1-10)
SOCK=$RUN/docker.sock; EXEC=$RUN/exec; PIDFILE=$DIR/docker.pid; DATA=$DIR/data
IMAGE=coach/busybox:1
export DOCKER_HOST=unix://$SOCK
unset DOCKER_CONTEXT
say() { printf '[docker-lab] %s\n' "$*" >&2; }
answers() { timeout 10 docker info --format '{{.DockerRootDir}}' 2>/dev/null | grep -qx "$DATA"; }
pid_ok() { local p; p=$(cat "$PIDFILE" 2>/dev/null || true); [ -n "$p" ] && [ -r "/proc/$p/cmdline" ] && tr '\0' '\n' <"/proc/$p/cmdline" | grep -qx "$DATA"; }
unmount_under() {
  for _ in 1 2 3; do
    local left; left=$(awk -v a="$DIR/" -v b="$RUN/" '{ if (index($5, a) == 1 || index($5, b) == 1) print length($5) "\t" $5 }' /proc/self/mountinfo | sort -rn | cut -f2-)
    [ -n "$left" ] || return 0
    while IFS= read -r m; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done <<<"$left"
  done
}

stop() {
  if pid_ok; then
    local p; p=$(cat "$PIDFILE")
    kill -TERM "$p" 2>/dev/null || true
    for _ in $(seq 1 300); do [ -d "/proc/$p" ] && [ "$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null)" != Z ] || break; sleep 0.2; done
    kill -KILL "$p" 2>/dev/null || true
  fi
  # Shims and containers outlive a killed dockerd: end those that belong to this exec root.
  for f in "$EXEC"/containerd/daemon/io.containerd.runtime.v2.task/*/*/init.pid; do
    [ -f "$f" ] && kill -KILL "$(cat "$f")" 2>/dev/null || true
  done
  pkill -KILL -f "containerd-shim.*$EXEC" 2>/dev/null || true
  unmount_under
  rm -rf --one-file-system "$RUN" "$PIDFILE"
}

start() {
  [ "$(id -u)" = 0 ] || { say "needs root (dockerd, mounts, iptables)"; exit 2; }
  command -v dockerd >/dev/null || { say "dockerd not found: run scripts/prereqs.sh engine"; exit 3; }
  mkdir -p "$DIR" "$DATA" "$RUN"
  if answers; then say "reusing the daemon on $SOCK"; else
    stop; mkdir -p "$DATA" "$RUN" "$EXEC"
    [ -s "$DIR/daemon.json" ] || echo '{}' >"$DIR/daemon.json"
    set +m
    setsid dockerd --config-file "$DIR/daemon.json" --host "unix://$SOCK" --data-root "$DATA" --exec-root "$EXEC" \
      --pidfile "$PIDFILE" </dev/null >>"$DIR/dockerd.log" 2>&1 &
    local t=0
    until answers; do
      sleep 0.25; t=$((t + 1))
      if [ $t -gt 360 ]; then say "dockerd did not answer in 90 s; last log lines:"; tail -n 20 "$DIR/dockerd.log" >&2; exit 1; fi
    done
    say "dockerd ready on $SOCK"
  fi
  if ! docker image inspect "$IMAGE" >/dev/null 2>&1; then
    local bb root; bb=$(command -v busybox) || { say "busybox not found: run scripts/prereqs.sh engine"; exit 3; }
    root=$(mktemp -d "$DIR/rootfs.XXXX")
    mkdir -p "$root"/{bin,etc,tmp,root,www,usr/bin}
    cp "$bb" "$root/bin/busybox"
    for a in $("$bb" --list); do [ "$a" = busybox ] || ln -sf busybox "$root/bin/$a"; done
    ln -s ../../bin/busybox "$root/usr/bin/env"
    chmod 1777 "$root/tmp"
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
    tar --numeric-owner --owner=0 --group=0 -C "$root" -c . |
      docker import --change 'ENV PATH=/usr/sbin:/usr/bin:/sbin:/bin' --change 'CMD ["sh"]' - "$IMAGE" >/dev/null
    rm -rf "$root"
    say "imported $IMAGE from $bb"
  fi
  echo "export DOCKER_HOST=unix://$SOCK"
}

case $cmd in
  start) start ;;
  stop) stop; rm -rf --one-file-system "$DIR" 2>/dev/null || true; say "stopped" ;;
  *) echo "usage: docker-lab.sh start|stop DIR" >&2; exit 64 ;;
esac
