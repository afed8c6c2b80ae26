#!/usr/bin/env python3
"""Derive data/lang/{fr,en}/quote-verbs.tsv (speech-verb lemmas) from the GenderGapTracker
speech-verb lists (MIT), shared/data/speech-verbs.

The source lists inflected forms, sorted. Lemmas are the infinitives found in the list (French:
-er/-ir/-re/-oir forms that have a participle or third-person form beside them; English: forms
that have an -s form beside them), plus the few infinitives of the list that these tests miss
(FR_EXTRA). Forms are not kept: Vigie's verb lexicon generates every form of each lemma.

    python3 tools/quote_verbs.py /work/shared/data/speech-verbs
"""
import os
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/speech-verbs"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HEADER = ("# source: GenderGapTracker (github.com/sfu-discourse-lab/GenderGapTracker, commit 5501de31e8598e18ace47982220e91961ca5460a),"
          " nlp/{lang}/rules/quote_verb_list.txt, reduced by tools/quote_verbs.py\n"
          "# licence: MIT (Copyright (c) 2018-2023 Maite Taboada)\n")
# Forms of the French list that are nouns or adjectives far more often than speech verbs.
FR_EXTRA = {"appeler", "craindre", "plaindre"}
FR_SKIP = {"reconnaitre", "dires", "dancer", "lire", "savoir", "entendre", "croire", "penser", "juger", "demeurer", "valoir",
           "vouloir", "trouver", "soupire", "sourire"}
EN_SKIP = {"finding", "finds", "point", "points", "present", "presents", "release", "releases",
           "state", "states", "continue", "continues", "continued", "continuing", "accept", "accepted",
           "think", "thinks", "thinking", "thought", "ensure", "ensured", "ensures", "ensuring",
           "persist", "persisted", "persists", "persisting", "convince", "convinced", "convinces", "convincing",
           "demonstrate", "demonstrated", "demonstrates", "demonstrating", "rave", "raves", "raved", "raving",
           "describe", "described", "describes", "describing"}


def read(lang):
    path = os.path.join(SRC, "nlp", "french" if lang == "fr" else "english", "rules", "quote_verb_list.txt")
    with open(path, encoding="utf-8") as f:
        return sorted({w.strip().lower() for w in f if w.strip() and " " not in w.strip()})



def fr_lemmas(forms):
    s = set(forms)
    out = []
    for w in forms:
        if w.endswith("er") and (w[:-2] + "é" in s or w[:-2] + "ent" in s):
            out.append(w)
        elif w.endswith("ir") and (w[:-2] + "it" in s or w[:-1] in s or w[:-2] + "u" in s):
            out.append(w)
        elif w.endswith("oir") and w[:-3] + "u" in s:
            out.append(w)
        elif w.endswith("re") and any(x.startswith(w[:-3]) and x != w for x in s) and (
                w[:-2] + "t" in s or w[:-2] + "nt" in s or w[:-2] + "ent" in s or w[:-2] in s
                or any(x.startswith(w[:-4]) and x.endswith("u") for x in s) or w[:-4] + "is" in s):
            out.append(w)
    return out


def en_lemmas(forms):
    s = set(forms)
    out = [w for w in forms if w + "s" in s or w + "es" in s or (w.endswith("y") and w[:-1] + "ies" in s)]
    return out



def build(lang):
    forms = read(lang)
    lemmas = fr_lemmas(forms) if lang == "fr" else en_lemmas(forms)
    skip = FR_SKIP if lang == "fr" else EN_SKIP
    lemmas = sorted(set(l for l in lemmas if l not in skip) | (FR_EXTRA if lang == "fr" else set()))
    return lemmas


for lang in ("fr", "en"):
    lemmas = build(lang)
    folder = os.path.join(ROOT, "data", "lang", lang)
    with open(os.path.join(folder, "quote-verbs.tsv"), "w", encoding="utf-8") as f:
        f.write(HEADER.format(lang="french" if lang == "fr" else "english"))
        f.write("# Lemmas of speech verbs: a form of one of them next to a quotation introduces it (forms come from the verb lexicon).\n")
        f.write("lemma\n")
        for l in lemmas:
            f.write(l + "\n")
    print(lang, len(lemmas), "lemmas")
