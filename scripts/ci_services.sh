#!/usr/bin/env bash
# Services the store, server and browser tests need in CI: Debian's chromium and postgresql,
# the playwright Python package (driving that chromium; no `playwright install`, which
# downloads browsers), and a throwaway PostgreSQL cluster on loopback.
#
#   usage: scripts/ci_services.sh [VENV]      (VENV defaults to .venv)
#   eval "$(scripts/ci_services.sh .venv | tail -n 1)"
#
# Idempotent: installs only what is missing, reuses a running cluster. Progress goes to
# stderr; the last line of stdout is `export DRAFTER_TEST_POSTGRES_URL=...`.
set -euo pipefail

VENV=${1:-.venv}
PG_PORT=${DRAFTER_CI_PG_PORT:-55432}
PG_DATA=${DRAFTER_CI_PG_DATA:-/tmp/drafter-ci-pg}
PG_DB=drafter_test

log() { echo "ci_services: $*" >&2; }

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# 1. Debian packages (root only: CI runs as root).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
pg_bindir >/dev/null || missing+=(postgresql)
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    log "not root: cannot install ${missing[*]}; the tests that need them will skip"
  fi
fi

# 2. playwright (the Python package only; it drives /usr/bin/chromium).
if [[ -x $VENV/bin/python ]]; then
  if ! "$VENV/bin/python" -c "import playwright.sync_api" 2>/dev/null; then
    log "pip install playwright into $VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check playwright >&2
  fi
else
  log "no virtualenv at $VENV: skipping playwright"
fi

# 3. A PostgreSQL cluster on 127.0.0.1:$PG_PORT, owned by postgres when we are root.
BIN=$(pg_bindir) || { log "no PostgreSQL server binaries"; exit 1; }
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [[ ! -f $PG_DATA/PG_VERSION ]]; then
  log "initdb $PG_DATA"
  mkdir -p "$PG_DATA"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$PG_DATA"
  chmod 700 "$PG_DATA"
  as_owner "$BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_owner "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DATA -c fsync=off -c max_connections=200" start >&2
fi
PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAX)
if [[ -z $("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'") ]]; then
  "${PSQL[@]}" -c "CREATE DATABASE $PG_DB" >&2
fi
echo "export DRAFTER_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/$PG_DB"
