#!/usr/bin/env python3
"""Builds a large JSON Lines benchmark corpus for `vigie code` from the bundled examples.

Sources: examples/*.jsonl and, when present, ../shared/eval/*.jsonl (answer files *.gold.jsonl
are skipped). Every record written is a varied copy of a source record, so that caches and
branch predictors do not flatter the figure:
  - a fresh id (source id + serial number);
  - a date shifted by a random number of days (up to about three years either way);
  - sentences shuffled within each paragraph;
  - country names swapped for others, the names read from data/actors/countries.tsv
    (English names for English records, French names with their article for French ones).
The generator is deterministic for a given seed, size and set of sources.

Usage: bench/make_corpus.py [--size 200M] [--seed 20260326] [--out bench/corpus/corpus-200M.jsonl]
"""
import argparse
import datetime
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_size(s):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", s)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {s!r} (examples: 200M, 20M, 1G, 500000)")
    factor = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    return int(float(m.group(1)) * factor)


def read_countries(path):
    """Country names per language from countries.tsv (columns name_en and name_fr)."""
    names = {"en": [], "fr": []}
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                for col in ("name_en", "name_fr"):
                    if col not in header:
                        sys.exit(f"make_corpus: {path}: no column '{col}' in header {header}")
                continue
            row = dict(zip(header, cells))
            if row.get("name_en"):
                names["en"].append(row["name_en"])
            if row.get("name_fr"):
                names["fr"].append(row["name_fr"])
    if not names["en"] or not names["fr"]:
        sys.exit(f"make_corpus: {path}: no country names read")
    return names


def country_pattern(names):
    # Longest first so that "South Sudan" wins over "Sudan"; whole words only.
    alts = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in alts) + r")(?!\w)")


def read_sources(paths):
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"make_corpus: {path}:{n}: skipped, invalid JSON: {e}", file=sys.stderr)
                    continue
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
                    print(f"make_corpus: {path}:{n}: skipped, no text", file=sys.stderr)
                    continue
                records.append(rec)
    return records


SENTENCE_END = re.compile(r"(?<=[.!?»\"”])\s+(?=[A-ZÀ-ÖØ-Þ«\"“])")


def shuffle_sentences(text, rng):
    paragraphs = text.split("\n\n")
    out = []
    for p in paragraphs:
        sentences = SENTENCE_END.split(p.strip())
        rng.shuffle(sentences)
        out.append(" ".join(sentences))
    return "\n\n".join(out)


def shift_date(date, rng):
    if not isinstance(date, str):
        return date
    try:
        d = datetime.date.fromisoformat(date[:10])
    except ValueError:
        return None   # not ISO (e.g. '03-02-2009', ambiguous): written without a date
    return (d + datetime.timedelta(days=rng.randint(-1100, 1100))).isoformat()


def main():
    ap = argparse.ArgumentParser(description="Build a varied JSON Lines benchmark corpus for vigie.")
    ap.add_argument("--size", type=parse_size, default=parse_size("200M"), help="bytes to write at least (e.g. 200M)")
    ap.add_argument("--seed", type=int, default=20260326, help="random seed (fixed by default)")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "corpus", "corpus-200M.jsonl"), help="output file")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared", "eval"),
                    help="folder of shared eval inputs (default ../shared/eval beside the repository)")
    args = ap.parse_args()

    sources = sorted(glob.glob(os.path.join(ROOT, "examples", "*.jsonl")))
    if os.path.isdir(args.shared):
        shared = sorted(p for p in glob.glob(os.path.join(args.shared, "*.jsonl")) if not p.endswith(".gold.jsonl"))
        sources += shared
        print(f"make_corpus: {len(shared)} shared eval input file(s) from {args.shared}", file=sys.stderr)
    else:
        print(f"make_corpus: {args.shared} not found, using examples/ only", file=sys.stderr)
    records = read_sources(sources)
    if not records:
        sys.exit("make_corpus: no source records found")

    countries = read_countries(os.path.join(ROOT, "data", "actors", "countries.tsv"))
    patterns = {lang: country_pattern(names) for lang, names in countries.items()}

    rng = random.Random(args.seed)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".part"
    written = docs = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        order = list(range(len(records)))
        while written < args.size:
            rng.shuffle(order)
            for i in order:
                src = records[i]
                lang = src.get("lang") if src.get("lang") in patterns else None
                text = shuffle_sentences(src["text"], rng)
                if lang:
                    swap = {}
                    names = countries[lang]
                    text = patterns[lang].sub(lambda m: swap.setdefault(m.group(1), rng.choice(names)), text)
                rec = {"id": f"{src.get('id', 'doc')}-{docs:08d}", "text": text}
                date = shift_date(src.get("date"), rng)
                if date:
                    rec["date"] = date
                if lang:
                    rec["lang"] = lang
                if isinstance(src.get("title"), str):
                    rec["title"] = src["title"]
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode("utf-8"))
                docs += 1
                if written >= args.size:
                    break
    os.replace(tmp, args.out)
    print(f"make_corpus: {args.out}: {docs} documents, {written / 1e6:.1f} MB from {len(records)} source records (seed {args.seed})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
