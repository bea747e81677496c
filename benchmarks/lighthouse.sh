#!/usr/bin/env bash
# Lighthouse scores (mobile) for the home page, a search and a programme page.
#
# Seeds a fresh SQLite database in a temporary folder, serves it with gunicorn (2 sync workers)
# on a free port on 127.0.0.1, runs Lighthouse 12 once per page in headless Chromium and
# prints the four category scores (0-100) per page, the audits that failed, and the targets:
# performance >= 95, accessibility 100, best practices >= 95, SEO >= 95.
# It prints figures; it is not a test: it exits 0 when every page was measured.
#
# Needs node/npm and Chromium (apt-get install -y chromium). Lighthouse is installed from npm on
# first use into ${XDG_CACHE_HOME:-$HOME/.cache}/kiesmbo-lighthouse, outside the repository.
# Environment: CHROME_PATH (default /usr/bin/chromium), PYTHON (default .venv/bin/python),
# LIGHTHOUSE_CACHE (default above). Each page takes about 15 s.
# Arguments, if any, replace the pages: "name|/path", e.g. "programme-ar|/opleidingen/25655/x?lang=ar".
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
cache=${LIGHTHOUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kiesmbo-lighthouse}
lighthouse=$cache/node_modules/.bin/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
host=127.0.0.1
pages=(
  "home|/"
  "search|/opleidingen?q=zorg"
  "programme|/opleidingen/25655/mbo-verpleegkundige"
)
if [ "$#" -gt 0 ]; then
  pages=("$@")
fi

for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "lighthouse.sh: $tool is missing (apt-get install -y nodejs npm)" >&2
    exit 2
  fi
done
if [ ! -x "$CHROME_PATH" ]; then
  echo "lighthouse.sh: no Chromium at $CHROME_PATH (apt-get install -y chromium)" >&2
  exit 2
fi
if [ ! -x "$lighthouse" ]; then
  echo "installing Lighthouse 12 into $cache ..." >&2
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error lighthouse@12 >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kiesmbo-lighthouse-XXXXXX")
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export DATABASE_URL="sqlite:///$tmp/bench.db"
echo "seeding $DATABASE_URL ..." >&2
(cd "$root" && "$python" -m flask --app kiesmbo seed >"$tmp/seed.log" 2>&1) || {
  echo "lighthouse.sh: seeding failed:" >&2
  cat "$tmp/seed.log" >&2
  exit 1
}

port=$("$python" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()')
(cd "$root" && exec "$python" -m gunicorn --workers 2 --worker-class sync \
  --bind "$host:$port" --log-level warning wsgi:app >"$tmp/gunicorn.log" 2>&1) &
server_pid=$!

# Wait for /ping (plain socket via Python: no curl needed).
ping_ok() {
  "$python" - "$host" "$port" <<'EOF' 2>/dev/null
import socket
import sys

with socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1) as sock:
    sock.sendall(b"GET /ping HTTP/1.0\r\nHost: localhost\r\n\r\n")
    sys.exit(0 if sock.recv(64).startswith((b"HTTP/1.0 200", b"HTTP/1.1 200")) else 1)
EOF
}
for _ in $(seq 1 150); do
  ping_ok && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "lighthouse.sh: gunicorn exited:" >&2
    cat "$tmp/gunicorn.log" >&2
    exit 1
  fi
  sleep 0.2
done
if ! ping_ok; then
  echo "lighthouse.sh: gunicorn did not answer /ping on $host:$port" >&2
  exit 1
fi
echo "gunicorn: 2 sync workers on $host:$port; Lighthouse $("$lighthouse" --version)," \
  "$("$CHROME_PATH" --version 2>/dev/null)" >&2

reports=()
for page in "${pages[@]}"; do
  name=${page%%|*}
  path=${page#*|}
  profile=$(mktemp -d "$tmp/chrome-XXXXXX")
  flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run"
  flags+=" --disable-background-networking --disable-component-update --disable-sync"
  flags+=" --user-data-dir=$profile"
  echo "lighthouse: $name $path ..." >&2
  # Lighthouse exits non-zero on some page errors; the report's runtimeError says which.
  "$lighthouse" "http://$host:$port$path" --form-factor=mobile --output=json \
    --output-path="$tmp/$name.json" --quiet --chrome-flags="$flags" \
    >"$tmp/$name.log" 2>&1 || true
  if [ ! -s "$tmp/$name.json" ]; then
    echo "lighthouse.sh: no report for $name; Lighthouse said:" >&2
    cat "$tmp/$name.log" >&2
    exit 1
  fi
  reports+=("$name|$path|$tmp/$name.json")
done

node -e '
const fs = require("fs");
const categories = ["performance", "accessibility", "best-practices", "seo"];
const targets = {performance: 95, accessibility: 100, "best-practices": 95, seo: 95};
const pct = (score) => (score === null || score === undefined ? null : Math.round(score * 100));
const show = (value) => (value === null ? "n/a" : String(value));
const rows = process.argv.slice(1).map((arg) => {
  const [name, path, file] = arg.split("|");
  const lhr = JSON.parse(fs.readFileSync(file, "utf8"));
  const scores = Object.fromEntries(categories.map((c) => [c, pct(lhr.categories[c]?.score)]));
  const failed = [];
  for (const c of categories) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) {
        const value = audit.displayValue ? ` [${audit.displayValue}]` : "";
        failed.push(`${c}: ${audit.id} (${audit.title})${value} score ${pct(audit.score)}`);
      }
    }
  }
  return {name, path, scores, failed, error: lhr.runtimeError?.message};
});
const w = Math.max(...rows.map((r) => `${r.name} ${r.path}`.length), 4);
console.log(["page".padEnd(w), "perf", "a11y", "best", " seo"].join("  "));
for (const r of rows) {
  const cells = categories.map((c) => show(r.scores[c]).padStart(4));
  console.log([`${r.name} ${r.path}`.padEnd(w), ...cells].join("  "));
}
for (const r of rows) {
  if (r.error) console.log(`\n${r.name}: Lighthouse runtime error: ${r.error}`);
  if (r.failed.length) {
    console.log(`\n${r.name}: audits scoring below 90:`);
    for (const line of r.failed) console.log(`  ${line}`);
  }
}
console.log("\ntargets:");
for (const c of categories) {
  const op = c === "accessibility" ? "=" : ">=";
  const values = rows.map((r) => r.scores[c]);
  const met = values.every((v) => v !== null && v >= targets[c]);
  const got = rows.map((r) => `${r.name} ${show(r.scores[c])}`).join(", ");
  console.log(`  ${c} ${op} ${targets[c]}: ${got} -> ${met ? "met" : "NOT met"}`);
}
' "${reports[@]}"
