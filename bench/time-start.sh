#!/usr/bin/env bash
# Time `npm start` on a fresh embedded data dir to the first GraphQL answer.
dir=$(mktemp -d /tmp/fresh-pg.XXXX); rm -rf "$dir"
port=$((4100 + RANDOM % 500)); pgport=$((56000 + RANDOM % 900))
start=$(date +%s.%N)
env -u DATABASE_URL EMBEDDED_PG_DIR="$dir" EMBEDDED_PG_PORT=$pgport PORT=$port npm start > /tmp/start.$port.log 2>&1 &
pid=$!
while true; do
  out=$(curl -s -m 2 -H 'content-type: application/json' -d '{"query":"{ agreementsByYear { year agreements } }"}' http://127.0.0.1:$port/graphql 2>/dev/null)
  if [[ "$out" == *agreementsByYear* ]]; then break; fi
  sleep 0.1
done
end=$(date +%s.%N)
echo "first answer after $(echo "$end - $start" | bc) s  (load $(cut -d' ' -f1 /proc/loadavg))"
kill -TERM -- $pid 2>/dev/null; pkill -TERM -f "EMBEDDED_PG_PORT=$pgport" 2>/dev/null; sleep 2; pkill -f "$dir" 2>/dev/null
grep -E "ready|seed|listening" /tmp/start.$port.log | head -5
rm -rf "$dir"
