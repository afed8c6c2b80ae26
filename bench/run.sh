#!/usr/bin/env bash
# Whole-process benchmark of `vigie code --format jsonl` (issue P5).
#
#   bench/run.sh [CORPUS.jsonl]
#
# Builds vigie and the baseline (bench/Vigie.Bench.Baseline) in Release, generates the corpus with
# bench/make_corpus.py when it is missing, then measures with /usr/bin/time -v:
#   - start-up: `vigie code` on a one-line input (best of 3);
#   - the baseline: reading + LanguageStage + TokenizeStage over the corpus (the floor);
#   - vigie: `vigie code --format jsonl CORPUS > /dev/null`;
#   - scaling: vigie pinned to 1 core vs all cores (taskset), on a smaller corpus.
# Environment: CORPUS_SIZE (default 200M), SCALE_SIZE (default 20M, 0 to skip the scaling run).
# Results are printed and kept in bench/corpus/last-run.txt.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

CORPUS_SIZE="${CORPUS_SIZE:-200M}"
SCALE_SIZE="${SCALE_SIZE:-20M}"
corpus="${1:-$here/corpus/corpus-$CORPUS_SIZE.jsonl}"

die() { echo "bench/run.sh: $*" >&2; exit 1; }
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (install GNU time: apt-get install time)"
command -v dotnet >/dev/null || die "dotnet is not on PATH"
command -v python3 >/dev/null || die "python3 is not on PATH (needed by make_corpus.py and the report)"

echo "== build (Release)" >&2
dotnet build src/Vigie.Cli -c Release -v quiet -nologo >/dev/null || die "building src/Vigie.Cli failed (run: dotnet build src/Vigie.Cli -c Release)"
dotnet build bench/Vigie.Bench.Baseline -c Release -v quiet -nologo >/dev/null || die "building bench/Vigie.Bench.Baseline failed"
vigie="$root/src/Vigie.Cli/bin/Release/net10.0/vigie"
baseline="$root/bench/Vigie.Bench.Baseline/bin/Release/net10.0/vigie-baseline"

if [ ! -s "$corpus" ]; then
    [ $# -eq 0 ] || die "$corpus: no such file"
    echo "== corpus: generating $CORPUS_SIZE" >&2
    python3 "$here/make_corpus.py" --size "$CORPUS_SIZE" --out "$corpus"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# measure NAME CMD... : runs CMD under /usr/bin/time -v; stdout to $tmp/NAME.out, stderr to $tmp/NAME.err
measure() {
    local name="$1"; shift
    /usr/bin/time -v -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || {
        local rc=$?
        # vigie exits 1 when some input was unreadable; that is reported, not fatal.
        if [ "$rc" -ne 1 ]; then tail -5 "$tmp/$name.err" >&2; die "$name failed (exit $rc)"; fi
    }
}

echo "== start-up (one-line input, best of 3)" >&2
head -n 1 "$root/examples/2026-03-dispatches.jsonl" >"$tmp/one.jsonl"
for i in 1 2 3; do measure "startup$i" "$vigie" code --format jsonl "$tmp/one.jsonl"; done

echo "== baseline: read + tokenise $(basename "$corpus")" >&2
measure baseline "$baseline" "$corpus"
echo "== vigie code --format jsonl $(basename "$corpus")" >&2
measure vigie "$vigie" code --format jsonl "$corpus"

scale=""
if [ "$SCALE_SIZE" != "0" ] && command -v taskset >/dev/null; then
    scorpus="$here/corpus/corpus-$SCALE_SIZE.jsonl"
    [ -s "$scorpus" ] || python3 "$here/make_corpus.py" --size "$SCALE_SIZE" --out "$scorpus"
    all="0-$(( $(nproc) - 1 ))"
    echo "== scaling on $(basename "$scorpus"): taskset -c 0 vs -c $all" >&2
    measure scale1 taskset -c 0 "$vigie" code --format jsonl "$scorpus"
    measure scaleN taskset -c "$all" "$vigie" code --format jsonl "$scorpus"
    scale="$scorpus"
elif [ "$SCALE_SIZE" != "0" ]; then
    echo "== scaling skipped: taskset not found" >&2
fi

python3 - "$tmp" "$corpus" "$scale" "$(nproc)" <<'EOF' | tee "$here/corpus/last-run.txt"
import os, sys
tmp, corpus, scale, nproc = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def timing(name):
    t = {}
    for line in open(os.path.join(tmp, name + ".time")):
        k, _, v = line.strip().rpartition(": ")
        t[k] = v
    wall = 0.0
    for part in t["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(t["User time (seconds)"]) + float(t["System time (seconds)"])
    return {"wall": wall, "cpu": cpu, "user": float(t["User time (seconds)"]), "sys": float(t["System time (seconds)"]),
            "rss_mb": int(t["Maximum resident set size (kbytes)"]) / 1024}

counts = dict(line.split() for line in open(os.path.join(tmp, "baseline.out")) if line.strip())
docs, sents, toks = int(counts["documents"]), int(counts["sentences"]), int(counts["tokens"])
mb = os.path.getsize(corpus) / 1e6
out_lines = sum(1 for _ in open(os.path.join(tmp, "vigie.out"), "rb"))
warnings = sum(1 for _ in open(os.path.join(tmp, "vigie.err"), "rb"))
startup = min(timing(f"startup{i}")["wall"] for i in (1, 2, 3))

print(f"corpus     {corpus}: {mb:.1f} MB, {docs} documents, {sents} sentences, {toks} tokens (counted by the baseline)")
print(f"machine    {nproc} cores; figures are for this run only (the machine may be shared)")
print(f"start-up   vigie code on a one-line input: {startup:.2f} s wall (best of 3)")
print(f"{'':10} {'wall s':>8} {'cpu s':>8} {'MB/s':>7} {'MB/s/core':>9} {'sent/s':>9} {'sent/s/core':>11} {'peak RSS':>9}")
rows = {}
for name in ("baseline", "vigie"):
    t = rows[name] = timing(name)
    print(f"{name:10} {t['wall']:8.1f} {t['cpu']:8.1f} {mb / t['wall']:7.2f} {mb / t['cpu']:9.2f} "
          f"{sents / t['wall']:9.0f} {sents / t['cpu']:11.0f} {t['rss_mb']:7.0f} MB")
b, v = rows["baseline"], rows["vigie"]
print(f"ratio      vigie / baseline throughput: {b['cpu'] / v['cpu']:.3f} per core (CPU time), {b['wall'] / v['wall']:.3f} wall-clock")
print(f"output     {out_lines} result lines, {warnings} stderr lines")
if scale:
    s1, sn = timing("scale1"), timing("scaleN")
    smb = os.path.getsize(scale) / 1e6
    print(f"scaling    {os.path.basename(scale)} ({smb:.1f} MB): 1 core {s1['wall']:.1f} s wall, {nproc} cores {sn['wall']:.1f} s wall"
          f" -> speed-up {s1['wall'] / sn['wall']:.2f}x (cpu {s1['cpu']:.1f} s vs {sn['cpu']:.1f} s)")
EOF
