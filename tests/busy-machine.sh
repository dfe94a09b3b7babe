#!/usr/bin/env bash
# `npm run test:busy`: the whole `npm test` with two CPU-burning processes running beside it, as on a
# machine busy with other work. The burners (and the suite) are stopped however it ends: pass, fail,
# Ctrl+C or a TERM sent to this script alone.
set -u
burners=()
suite=''
stop() {
  [ -n "$suite" ] && kill -TERM "$suite" 2>/dev/null
  [ ${#burners[@]} -gt 0 ] && kill "${burners[@]}" 2>/dev/null
  wait 2>/dev/null
  return 0
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for _ in 1 2; do
  node -e 'for (;;) {}' &
  burners+=($!)
done
echo "test:busy: two CPU burners running (pids ${burners[*]}); starting npm test"
started=$(date +%s)
# In the background so a signal to this script is handled at once (wait returns), not after the suite.
npm test &
suite=$!
wait "$suite"
status=$?
suite=''
echo "test:busy: npm test exited with ${status} after $(($(date +%s) - started)) s beside two CPU burners"
exit "$status"
