#!/usr/bin/env python3
"""Generates data/actors/countries.tsv from the shared gazetteers plus hand-curated rows.

Sources (read from ../shared/data/gazetteers, never committed):
  mledoze-world-countries-5.1.0.json  names, alt spellings, capitals, demonyms (ODbL)
  cldr48-{en,fr}-territories.json     English and French country names (Unicode licence)
  cldr41-exemplar-cities-en-fr.tsv    French names of capitals (Unicode licence)
  iso-codes-4.15-3166-1-en-fr.tsv     official names in English and French (LGPL data)
Hand-curated: tools/actors/countries-curated.tsv, tools/actors/french-articles.tsv.

Usage: python3 tools/actors/gen_countries.py [SHARED_DATA_DIR]   (run from the repository root)
"""
import csv, json, os, sys, unicodedata

SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../../shared/data')
GAZ = os.path.join(SHARED, 'gazetteers')
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '../../data/actors/countries.tsv')
EXTRA = {'PSE', 'UNK', 'TWN', 'VAT', 'HKG'}   # non-members the brief asks for, and Hong Kong (its own ISO code)
ISO_FIX = {'UNK': 'XKX'}                       # Kosovo: the user-assigned code in common use


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        rows = [l.rstrip('\n').split('\t') for l in f if l.strip() and not l.startswith('#')]
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]]


def fold(s):
    s = unicodedata.normalize('NFD', s.lower().replace('\u2019', "'"))
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')


def add(lst, *values):
    for v in values:
        v = (v or '').strip().replace('\u2019', "'")
        if v and v not in lst:
            lst.append(v)


countries = json.load(open(os.path.join(GAZ, 'mledoze-world-countries-5.1.0.json'), encoding='utf-8'))
cldr_en = json.load(open(os.path.join(GAZ, 'cldr48-en-territories.json'), encoding='utf-8'))['main']['en']['localeDisplayNames']['territories']
cldr_fr = json.load(open(os.path.join(GAZ, 'cldr48-fr-territories.json'), encoding='utf-8'))['main']['fr']['localeDisplayNames']['territories']
iso = {r['alpha3']: r for r in read_tsv(os.path.join(GAZ, 'iso-codes-4.15-3166-1-en-fr.tsv'))}
city_fr = {r['city_en']: r['city_fr'] for r in read_tsv(os.path.join(GAZ, 'cldr41-exemplar-cities-en-fr.tsv'))}
articles = {r['name']: r['article'] for r in read_tsv(os.path.join(HERE, 'french-articles.tsv'))}
curated = read_tsv(os.path.join(HERE, 'countries-curated.tsv'))


def article(name):
    if name.split(' ')[0] in TITLE_ARTICLES and name not in articles:
        a = TITLE_ARTICLES[name.split(' ')[0]]
        return a + name if a == "l'" else f'{a} {name}'
    a = articles.get(name)
    if a is None:
        first = fold(name)[0]
        a = "l'" if first in 'aeiouyh' else 'la' if fold(name.split(' ')[0].split('-')[0]).endswith('e') else 'le'
    if a == 'none':
        return name
    return a + name if a == "l'" else f'{a} {name}'


TITLE_ARTICLES = {'République': 'la', 'Fédération': 'la', 'Principauté': 'la', 'Confédération': 'la', 'Cité': 'la',
                  'Royaume': 'le', 'Royaume-Uni': 'le', 'Grand-Duché': 'le', 'Commonwealth': 'le', 'Sultanat': 'le',
                  'État': "l'", 'Émirat': "l'", 'Union': "l'", 'Île': "l'", 'Îles': 'les', 'Territoires': 'les', 'Région': 'la'}


def strip_article(name):
    for a in ('Les ', 'Le ', 'La ', "L'", 'les ', 'le ', 'la ', "l'"):
        if name.startswith(a):
            rest = name[len(a):]
            return rest[0].upper() + rest[1:]
    return name


def dedupe(names):
    seen, out = set(), []
    for n in names:
        k = fold(strip_article(n))
        if k not in seen:
            seen.add(k)
            out.append(n)
    return out


def fr_plurals(forms):
    out = []
    for f in forms:
        f = f.lower()
        add(out, f)
        add(out, f if f.endswith(('s', 'x')) else f + 's')
    return out


def en_plurals(forms):
    out = []
    for f in forms:
        add(out, f)
        if not f.endswith(('s', 'sh', 'ch', 'ese', 'x', 'Swiss')) and f not in ('Thai',):
            add(out, f + 's')
    return out


rows = {}
for c in countries:
    if not (c.get('unMember') or c['cca3'] in EXTRA):
        continue
    iso3 = ISO_FIX.get(c['cca3'], c['cca3'])
    a2 = c['cca2']
    r = rows[iso3] = {'iso3': iso3, 'un_member': 'yes' if c.get('unMember') and iso3 not in ('VAT',) else 'no'}
    names_en, names_fr = [], []
    add(names_en, cldr_en.get(a2), c['name']['common'], c['name']['official'], cldr_en.get(a2 + '-alt-short'),
        cldr_en.get(a2 + '-alt-variant'), iso.get(iso3, {}).get('official_name_en'), iso.get(iso3, {}).get('common_name_en'))
    for fr in (cldr_fr.get(a2), c['translations']['fra']['common'], c['translations']['fra']['official'],
               cldr_fr.get(a2 + '-alt-variant'), iso.get(iso3, {}).get('official_name_fr')):
        if fr and '(' not in fr and ',' not in fr:
            add(names_fr, strip_article(fr))
    names_en = [n for n in names_en if '(' not in n and ',' not in n]
    dem = c.get('demonyms', {})
    dem_en = [d.strip() for m in (dem.get('eng', {}).get('m', ''), dem.get('eng', {}).get('f', ''))
              for part in m.split(' or ') for d in part.split(',') if d.strip()]
    dem_fr = [d for d in (dem.get('fra', {}).get('m', ''), dem.get('fra', {}).get('f', '')) if d and ' et ' not in d]
    caps_en = list(c.get('capital', []))
    r.update(names_en=names_en, names_fr=names_fr, demonyms_en=dem_en, demonyms_fr=[d.lower() for d in dem_fr],
             capitals_en=caps_en, capitals_fr=[city_fr.get(x, x) for x in caps_en], prefer=[])

for r in rows.values():
    r['names_fr'] = [article(n) for n in dedupe(r['names_fr'])]

for c in curated:
    r = rows[c['iso3']]
    field, values = c['field'], [v.strip() for v in c['values'].split('|') if v.strip()]
    if field == 'article':
        continue
    if field.startswith('-'):
        r[field[1:]] = [v for v in r[field[1:]] if v not in values]
    else:
        # Curated names come first: they are the preferred forms.
        r[field] = dedupe(values + r[field]) if field == 'names_fr' else values + [v for v in r[field] if v not in values]

for r in rows.values():
    r['demonyms_fr'] = dedupe(fr_plurals(r['demonyms_fr']))
    r['names_en'] = dedupe(r['names_en'])
    r['demonyms_en'] = en_plurals(r['demonyms_en'])
    name_keys = {fold(n) for x in rows.values() for n in x['names_en']}
    r['capitals_en'] = [x for x in r['capitals_en'] if fold(x) not in name_keys]
    r['capitals_fr'] = [x for x in r['capitals_fr'] if fold(x) not in name_keys]

# A demonym shared by several countries is kept only by the country that 'prefer's it.
for field in ('demonyms_en', 'demonyms_fr'):
    owners = {}
    for r in rows.values():
        for d in r[field]:
            owners.setdefault(fold(d), set()).add(r['iso3'])
    for r in rows.values():
        prefer = {fold(p) for p in r['prefer']}
        prefer |= {fold(p + 's') for p in r['prefer']}
        r[field] = [d for d in r[field] if len(owners[fold(d)]) == 1 or fold(d) in prefer]
    # The preferring country wins; others drop the shared form.
    for r in rows.values():
        keep = []
        for d in r[field]:
            others = [x for x in rows.values() if x is not r and fold(d) in {fold(p) for p in x['prefer']} | {fold(p + 's') for p in x['prefer']}]
            if not others:
                keep.append(d)
        r[field] = keep

cols = ['iso3', 'un_member', 'name_en', 'names_en', 'name_fr', 'names_fr', 'demonyms_en', 'demonyms_fr', 'capitals_en', 'capitals_fr']
with open(OUT, 'w', encoding='utf-8', newline='') as f:
    f.write('# Countries: ISO 3166-1 alpha-3 code, names, demonyms and capitals in English and French.\n')
    f.write('# French names carry the article they take (la France, le Canada, les États-Unis, l\'Iran).\n')
    f.write('# Demonyms list every gender and number; capitals stand for the government when used as metonyms.\n')
    f.write('# source: generated by tools/actors/gen_countries.py from mledoze/countries 5.1.0, Unicode CLDR 48 and 41, Debian iso-codes 4.15; hand-curated rows in tools/actors/countries-curated.tsv\n')
    f.write('# licence: ODbL 1.0 (mledoze/countries), Unicode License v3 (CLDR), LGPL-2.1+ (iso-codes); curated rows MIT\n')
    f.write('\t'.join(cols) + '\n')
    for iso3 in sorted(rows):
        r = rows[iso3]
        out = [iso3, r['un_member'], r['names_en'][0], '|'.join(r['names_en']), r['names_fr'][0], '|'.join(r['names_fr']),
               '|'.join(r['demonyms_en']), '|'.join(r['demonyms_fr']), '|'.join(r['capitals_en']), '|'.join(r['capitals_fr'])]
        f.write('\t'.join(out) + '\n')
print(f'{len(rows)} countries, {sum(1 for r in rows.values() if r["un_member"] == "yes")} UN members -> {OUT}')
