#!/usr/bin/env bash
# Runs `vigie code` on every shared eval set and prints score.py's summary for each.
# Usage: tools/eval.sh [OUTDIR]   (needs ../shared beside the checkout)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="$here/../shared/eval"
out="${1:-$here/out/eval}"
if [ ! -d "$eval_dir" ]; then echo "eval.sh: $eval_dir not found; nothing to score" >&2; exit 0; fi
mkdir -p "$out"
dotnet build "$here/src/Vigie.Cli" -c Release -o "$out/bin" >/dev/null
for gold in "$eval_dir"/*.gold.jsonl; do
  name="$(basename "$gold" .gold.jsonl)"
  dotnet "$out/bin/vigie.dll" code --format jsonl "$eval_dir/$name.jsonl" > "$out/$name.out.jsonl" 2> "$out/$name.err" || true
  echo "== $name"
  python3 "$eval_dir/score.py" "$gold" "$out/$name.out.jsonl"
done
