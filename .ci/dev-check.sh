#!/usr/bin/env bash
# Fresh-clone check: `npm run dev` (which first generates the sample cards, images and training kit)
# must answer the home page and a method page with 200 and the real page, not an error page.
# Usage: .ci/dev-check.sh [port]. Exit 1 with the server's log when a page fails.
set -uo pipefail
cd "$(dirname "$0")/.."
port="${1:-4399}"
log="$(mktemp)"
page="$(mktemp)"

# Its own process group, so that stopping it stops npm, the generator and Astro, and nothing else.
setsid npm run dev -- --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill -- -"$server" 2>/dev/null; rm -f "$log" "$page"' EXIT

failed=0
for path in / /cach-1/; do
	status=000
	# Wait for the server (generation comes first on a fresh clone), then for the page to compile.
	for _ in $(seq 1 300); do
		kill -0 "$server" 2>/dev/null || break
		status="$(curl -s --max-time 120 -o "$page" -w '%{http_code}' "http://127.0.0.1:$port$path")"
		[ "$status" != 000 ] && break
		sleep 1
	done
	if [ "$status" != 200 ]; then
		echo "npm run dev: $path answered $status"
		failed=1
	elif grep -qiE 'vite-error-overlay|astro-error|ContentDataError' "$page" ||
		! grep -q '<main' "$page"; then
		echo "npm run dev: $path answered 200 with an error page"
		failed=1
	else
		echo "npm run dev: $path 200"
	fi
done
if grep -qE '\[ERROR\]|Error:' "$log"; then
	echo "npm run dev logged an error"
	failed=1
fi
[ "$failed" = 0 ] || { echo "--- npm run dev log ---"; cat "$log"; }
exit "$failed"
