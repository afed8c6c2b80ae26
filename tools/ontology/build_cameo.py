#!/usr/bin/env python3
"""Build data/ontology/cameo.tsv from the shared reference data (standard library only).

    python3 tools/ontology/build_cameo.py [SHARED_DATA_DIR]

Reads ../shared/data/cameo/icews_cameo-codes.csv (codes, names, Goldstein scores; MIT) and
../shared/data/plover/CAMEO2PLOVER-2021.txt (CAMEO -> PLOVER type and mode; CC BY-SA 4.0).
A code missing from the PLOVER table takes its nearest listed parent's mapping.
"""
import csv
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(root, "..", "shared", "data"))

codes = []
with open(os.path.join(shared, "cameo", "icews_cameo-codes.csv"), encoding="utf-8", errors="replace") as f:
    for row in csv.DictReader(f):
        name = re.sub(r"\s+", " ", row["name"]).strip()
        codes.append((row["code"], name, float(row["goldstein"])))

plover = {}
with open(os.path.join(shared, "plover", "CAMEO2PLOVER-2021.txt"), encoding="utf-8") as f:
    for line in f:
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        ptype = parts[0] or None
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        plover[m.group(1)] = (ptype, mode)


def mapping(code):
    for n in range(len(code), 1, -1):
        if code[:n] in plover and plover[code[:n]][0]:
            ptype, mode = plover[code[:n]]
            return ptype, (mode if n == len(code) else None)
    return None, None


def quad(code):
    r = int(code[:2])
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


out = os.path.join(root, "data", "ontology", "cameo.tsv")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w", encoding="utf-8") as f:
    f.write("# CAMEO event codes with Goldstein scores, GDELT QuadClass (from the root) and PLOVER 2.0 type and mode.\n")
    f.write("# source: CAMEO codes, names and Goldstein scores from andybega/icews data-raw/cameo-codes.csv (MIT);"
            " PLOVER type and mode from openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0);"
            " built by tools/ontology/build_cameo.py\n")
    f.write("# licence: CC BY-SA 4.0 (share-alike, as the PLOVER mapping it includes)\n")
    f.write("code\tname\tgoldstein\tquad\tplover\tplover_mode\n")
    for code, name, g in codes:
        ptype, mode = mapping(code)
        f.write(f"{code}\t{name}\t{g:g}\t{quad(code)}\t{ptype or 'none'}\t{mode or ''}\n")
print(f"wrote {len(codes)} codes to {out}")
