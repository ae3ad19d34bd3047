#!/usr/bin/env bash
# Run the test suite on a newer QGIS inside a Debian chroot, beside the host's QGIS:
#   scripts/test_ltr.sh trixie [pytest args]   QGIS 3.40 LTR, Python 3.13, numpy 2
#   scripts/test_ltr.sh forky  [pytest args]   QGIS 3.44
# The chroot is built once (debootstrap minbase + QGIS from apt + a venv with pytest,
# pytest-qgis >= 3 and hypothesis) and cached outside the repository under
# ${NUUDEL_CACHE:-$HOME/.cache/nuudel}/<suite>-chroot; later runs reuse it (stamp file).
# Each run copies the working tree (tracked and untracked files, minus .gitignore'd ones) into
# the chroot, builds the .qm there, and runs `python -P -m pytest -q test` offscreen with a
# throwaway HOME. Mounts are always undone. Exit code = pytest's.
# NUUDEL_LTR_REBUILD=1 rebuilds the chroot from scratch.
set -euo pipefail

suite="${1:-trixie}"
[ $# -gt 0 ] && shift
case "$suite" in
  trixie|forky) ;;
  *) echo "usage: $0 trixie|forky [pytest args]" >&2; exit 2 ;;
esac

if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=NUUDEL_CACHE,NUUDEL_LTR_REBUILD,CI,HOME,PIP_INDEX_URL \
    bash "$0" "$suite" "$@"
fi

repo=$(cd "$(dirname "$0")/.." && pwd)
cache="${NUUDEL_CACHE:-${HOME:-/root}/.cache/nuudel}"
root="$cache/$suite-chroot"
stamp="$root/.nuudel-chroot-v1"
venv=/opt/nuudel-venv
src=/work/nuudel
packages="qgis python3-qgis qgis-providers python3-shapely python3-venv ca-certificates git
qttools5-dev-tools pyqt5-dev-tools"
mkdir -p "$cache"
log() { echo "test-ltr[$suite]: $*" >&2; }

# One run per chroot at a time (other checkouts may share the cache).
exec 9>"$cache/$suite.lock"
flock 9

# ---- mounts, always undone -------------------------------------------------------------------
mounted=()
is_mounted() { grep -q " $(realpath -m "$1") " /proc/mounts; }
mount_in() { # mount_in <target under root> <mount args...>
  local target="$root$1"; shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounted+=("$target")
}
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null \
      || log "could not unmount ${mounted[i]}"
  done
  mounted=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# We hold the lock, so anything still mounted under the chroot is left from a killed run.
for stale in $(awk -v r="$(realpath -m "$root")/" 'index($2, r) == 1 {print $2}' /proc/mounts \
               | sort -r); do
  log "unmounting $stale (left from an earlier run)"
  umount "$stale" 2>/dev/null || umount -l "$stale" || true
done

no_mounts_under() { ! grep -q " $(realpath -m "$1")/" /proc/mounts; }

retry() { # retry <tries> <command...>
  local n=1 tries=$1; shift
  until "$@"; do
    [ "$n" -ge "$tries" ] && return 1
    log "failed (try $n of $tries), retrying in $((n * 10)) s: $*"
    sleep $((n * 10)); n=$((n + 1))
  done
}

in_root() { # run a command in the chroot with a clean environment
  chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# ---- the Debian mirror apt already uses on this machine -------------------------------------
apt_mirror() {
  local uri
  uri=$( { grep -hs -E '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list \
             /etc/apt/sources.list.d/*.list | sed -E 's/\[[^]]*\]//' | awk '{print $2}'
           awk 'BEGIN{RS=""} !/Enabled:[[:space:]]*no/ && /Types:[^\n]*deb([[:space:]]|$)/' \
             /etc/apt/sources.list.d/*.sources 2>/dev/null \
             | grep -E '^URIs:' | sed 's/^URIs://' | tr ' ' '\n'; } \
         | grep -E '^(https?|file)://' | grep -v -E 'security|updates|backports' \
         | grep -E '/debian/?$' | head -n1)
  [ -n "$uri" ] || { log "no Debian mirror found in /etc/apt/sources.list*"; return 1; }
  echo "${uri%/}"
}

# ---- build the chroot once -------------------------------------------------------------------
build_chroot() {
  local mirror script
  mirror=$(apt_mirror)
  # apt's proxy, if it has one, for debootstrap too.
  local proxy
  proxy=$(apt-config dump Acquire::http::Proxy 2>/dev/null | sed -n 's/^Acquire::http::Proxy "\(.*\)";$/\1/p')
  [ -n "$proxy" ] && export http_proxy="$proxy"
  if ! command -v debootstrap >/dev/null; then
    log "installing debootstrap"
    retry 3 apt-get update -q
    retry 3 env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      debootstrap
  fi
  script="/usr/share/debootstrap/scripts/$suite"
  [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid  # older debootstrap: no forky
  if [ ! -f "$root/.nuudel-stage-debootstrap" ]; then
    log "debootstrap --variant=minbase $suite from $mirror"
    local try
    for try in 1 2 3; do
      no_mounts_under "$root" || { log "refusing to remove $root: something is mounted in it"; exit 1; }
      rm -rf --one-file-system "$root"
      if debootstrap --variant=minbase "$suite" "$root" "$mirror" "$script" >"$cache/$suite-debootstrap.log" 2>&1; then
        break
      fi
      tail -n 20 "$cache/$suite-debootstrap.log" >&2
      [ "$try" -eq 3 ] && { log "debootstrap failed"; exit 1; }
      sleep $((try * 10))
    done
    touch "$root/.nuudel-stage-debootstrap"
  fi
  cat >"$root/etc/apt/apt.conf.d/80nuudel" <<'EOF'
Acquire::Retries "5";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
EOF
  # The host apt's own settings for reaching its mirror (proxy; a dated snapshot mirror needs
  # Check-Valid-Until "false" there too).
  apt-config dump Acquire::http::Proxy Acquire::https::Proxy Acquire::Check-Valid-Until \
    Acquire::Check-Date 2>/dev/null | grep -E '^Acquire::(https?::Proxy|Check-Valid-Until|Check-Date) ' \
    >>"$root/etc/apt/apt.conf.d/80nuudel" || true
  cat >"$root/etc/dpkg/dpkg.cfg.d/80nuudel-nodoc" <<'EOF'
path-exclude=/usr/share/doc/*
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
EOF
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount_in /proc -t proc proc
  if [ ! -f "$root/.nuudel-stage-apt" ]; then
    log "apt-get install $(echo $packages)"
    retry 3 in_root apt-get update -q
    retry 3 in_root apt-get install -y -q $packages >"$cache/$suite-apt.log" 2>&1 \
      || { tail -n 30 "$cache/$suite-apt.log" >&2; exit 1; }
    in_root apt-get clean
    touch "$root/.nuudel-stage-apt"
  fi
  # Certificate authorities this machine trusts locally (e.g. a proxy's) for pip in the chroot.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    in_root update-ca-certificates >/dev/null
  fi
  log "venv $venv: pytest, pytest-qgis>=3, hypothesis"
  rm -rf "$root$venv"
  in_root /usr/bin/python3 -m venv --system-site-packages "$venv"
  in_root sh -c "python3 -c 'import numpy; print(\"numpy==\" + numpy.__version__)' >$venv/constraints.txt"
  retry 3 in_root ${PIP_INDEX_URL:+PIP_INDEX_URL=$PIP_INDEX_URL} "$venv/bin/python" -m pip install \
    -q --retries 5 --disable-pip-version-check -c "$venv/constraints.txt" \
    pytest "pytest-qgis>=3" hypothesis
  cleanup
  date -u +%FT%TZ >"$stamp"
}

if [ -n "${NUUDEL_LTR_REBUILD:-}" ]; then
  rm -f "$stamp" "$root/.nuudel-stage-debootstrap" "$root/.nuudel-stage-apt"
fi
if [ ! -f "$stamp" ]; then
  start=$SECONDS
  build_chroot
  log "chroot built in $((SECONDS - start)) s: $root"
fi

# ---- copy the working tree in ----------------------------------------------------------------
no_mounts_under "$root$src" || { log "something is mounted under $root$src"; exit 1; }
rm -rf --one-file-system "$root$src"
mkdir -p "$root$src"
if git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$repo" && git ls-files -z -co --exclude-standard \
     | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
     | tar --null -T - -cf - .git) | tar -C "$root$src" -xf -
else
  tar -C "$repo" --exclude=.venv --exclude=build --exclude=out --exclude=dist --exclude='*.qm' \
    --exclude=__pycache__ --exclude=.ruff_cache --exclude=bench/data -cf - . | tar -C "$root$src" -xf -
fi

# ---- run -------------------------------------------------------------------------------------
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount_in /proc -t proc proc
mount_in /dev --bind /dev
mount_in /dev/shm -t tmpfs -o mode=1777 tmpfs

version=$(in_root python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null \
          | tail -n1)
log "QGIS $version, $(in_root python3 --version 2>&1), Debian $suite"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(test)
set +e
in_root QT_QPA_PLATFORM=offscreen PYTHONUNBUFFERED=1 HOME=/tmp/nuudel-home XDG_RUNTIME_DIR=/tmp/nuudel-runtime \
  PATH="$venv/bin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" CI="${CI:-}" \
  bash -c 'set -e
    rm -rf "$HOME" "$XDG_RUNTIME_DIR"; mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    git config --global --add safe.directory "$0"
    cd "$0"
    lrelease=$(command -v lrelease || echo /usr/lib/qt5/bin/lrelease)
    "$lrelease" -silent i18n/nuudel_mn.ts -qm i18n/nuudel_mn.qm
    exec python -P -m pytest -q "$@"' "$src" "${args[@]}"
rc=$?
set -e
log "QGIS $version on Debian $suite: pytest exit $rc"
exit "$rc"
