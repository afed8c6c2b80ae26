#!/usr/bin/env python3
"""Generates data/actors/places.tsv: cities, regions and capitals with their country and, where the
data has them, coordinates; plus the coordinates of every country.

Sources (read from ../shared/data/gazetteers and the system's tzdata, never committed):
  cldr41-exemplar-cities-en-fr.tsv    English and French city names by tz zone (Unicode licence)
  /usr/share/zoneinfo/zone.tab        tz zone -> ISO 3166 country and coordinates of the zone's
  /usr/share/zoneinfo/tzdata.zi       principal city (= the CLDR exemplar city); old zone names
                                      through tzdata links (public domain)
  mledoze-world-countries-5.1.0.json  capitals (and capitalInfo.latlng when present), country latlng (ODbL)
  geonames-debian-libgeonames-en-fr.tsv  GeoNames names (CC BY 4.0): admin1 regions ("FR.11") carry
                                      their country; other names only when they can be placed: the
                                      name of a city above, or of a region without its admin word
                                      ("Kharkiv" for "Kharkiv Oblast")
  iso-codes-4.15-3166-1-en-fr.tsv     ISO alpha-2 -> alpha-3 (LGPL)
  libgeonames.so.0 (Debian libgeonames0) GeoNames cities of 15,000 people or more with their country,
                                      coordinates and population (CC BY 4.0): the cities of at least
                                      MIN_POPULATION people are added, French names from the tsv above
Ambiguity: a single-word name that is a French common word (Lefff 3.4, LGPL-LR), an English word
(/usr/share/dict/american-english from Debian wamerican (SCOWL), data/lang/en/*.tsv,
tools/places/common-words-en.txt), a given name (data/actors/first-names.tsv),
or shorter than four letters is marked cue_only: it is a place only after a place preposition.

Usage: python3 tools/places/gen_places.py [SHARED_DATA_DIR] [ZONEINFO_DIR]   (from the repository root)
"""
import difflib, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '../..')
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '../shared/data')
ZONEINFO = sys.argv[2] if len(sys.argv) > 2 else '/usr/share/zoneinfo'
GAZ = os.path.join(SHARED, 'gazetteers')
OUT = os.path.join(ROOT, 'data/actors/places.tsv')
ENGLISH_WORDS = '/usr/share/dict/american-english'
LEFFF_COMMON = {'nc', 'adj', 'adv', 'prep', 'det', 'pro', 'csu', 'coo', 'pres'}
TIER = {'capital': 0, 'city': 1, 'region': 2}
GEONAMES_LIB = 'libgeonames.so.0'
MIN_POPULATION = 100_000   # large enough that few names are also surnames (Obama, Japan, has 29,000 people)


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        rows = [l.rstrip('\n').split('\t') for l in f if l.strip() and not l.startswith('#')]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def read_list(path):
    with open(path, encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip() and not l.startswith('#')]


def fold(s):
    s = unicodedata.normalize('NFD', s.lower().replace('\u2019', "'"))
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')


def iso6709(s):
    """'+4230+00131' or '+423000+0013100' -> (lat, lon) in degrees."""
    m = re.fullmatch(r'([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?', s)
    if not m:
        return None
    def deg(sign, d, mi, se):
        v = int(d) + int(mi) / 60 + int(se or 0) / 3600
        return round(-v if sign == '-' else v, 4)
    return deg(*m.group(1, 2, 3, 4)), deg(*m.group(5, 6, 7, 8))


def geonames_cities(min_population):
    """(name, ISO alpha-2, lat, lon, population) of the cities libgeonames knows with at least min_population
    people; empty, with a warning, when the library is not installed (apt-get install libgeonames0)."""
    import ctypes
    try:
        lib = ctypes.CDLL(GEONAMES_LIB)
    except OSError:
        print(f'{GEONAMES_LIB} not found (apt-get install libgeonames0): only the cities placed through other names', file=sys.stderr)
        return []
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    for f, t in (('name', ctypes.c_char_p), ('country_code', ctypes.c_char_p), ('latitude', ctypes.c_double),
                 ('longitude', ctypes.c_double), ('population', ctypes.c_uint)):
        getattr(lib, 'geonames_city_get_' + f).restype = t
        getattr(lib, 'geonames_city_get_' + f).argtypes = [ctypes.c_void_p]
    cities = []
    for i in range(lib.geonames_get_n_cities()):
        c = lib.geonames_get_city(i)
        if lib.geonames_city_get_population(c) >= min_population:
            cities.append((lib.geonames_city_get_name(c).decode('utf-8'), lib.geonames_city_get_country_code(c).decode(),
                           round(lib.geonames_city_get_latitude(c), 4), round(lib.geonames_city_get_longitude(c), 4),
                           lib.geonames_city_get_population(c)))
    return cities


def proper_name(name, admin_words):
    """'Kharkiv Oblast', 'Canton of Geneva', 'Canton de Genève' -> the proper name alone, else None."""
    words = (name or '').split()
    if len(words) < 2:
        return None
    if words[-1] in admin_words:
        return ' '.join(words[:-1])
    if words[0] in admin_words and len(words) > 2 and words[1] in ('of', 'de', 'du', 'des'):
        return ' '.join(words[2:])
    if words[0] in admin_words and words[1][:2] in ("d'", 'd’'):
        return ' '.join([words[1][2:]] + words[2:])
    return None


def capital_zone(capital, country_name, cities):
    """Coordinates of a capital that mledoze gives none: those of the tz zone whose exemplar city is
    the capital spelt otherwise (Tirane for Tirana, Katmandu for Kathmandu: same first letter, 75 % alike),
    or of a zone named after the country itself (Asia/Qatar, America/Panama), whose coordinates tz
    takes from the capital. None otherwise (Quito is not Guayaquil)."""
    for city, latlng in cities:
        a, b = fold(city), fold(capital)
        if latlng and (a[0] == b[0] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75 or a == fold(country_name)):
            return latlng
    return None


def main():
    alpha3 = {r['alpha2']: r['alpha3'] for r in read_tsv(os.path.join(GAZ, 'iso-codes-4.15-3166-1-en-fr.tsv'))}
    alpha3['XK'] = 'XKX'
    countries = {r['iso3'] for r in read_tsv(os.path.join(ROOT, 'data/actors/countries.tsv'))}

    # tz zones -> (country, coordinates); old names through links.
    zones = {}
    for l in open(os.path.join(ZONEINFO, 'zone.tab'), encoding='utf-8'):
        if l.startswith('#') or not l.strip():
            continue
        cc, coord, zone = l.rstrip('\n').split('\t')[:3]
        zones[zone] = (alpha3.get(cc), iso6709(coord))
    # A link is a renamed zone (Asia/Katmandu -> Asia/Kathmandu) or a zone merged into another one
    # (Africa/Asmera -> Africa/Nairobi: another city, another country): only renames are kept.
    # A rename is told by the names: the old zone's or its exemplar city's is like the new zone's
    # (Katmandu, Kathmandu; Asia/Calcutta's exemplar city is Kolkata).
    links = {}
    for l in open(os.path.join(ZONEINFO, 'tzdata.zi'), encoding='utf-8'):
        if l.startswith('L '):
            _, target, alias = l.split()
            links[alias] = target

    def alike(x, y):
        a, b = fold(x.split('/')[-1]).replace('_', ' '), fold(y.split('/')[-1]).replace('_', ' ')
        return a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75

    def zone_of(zone, city):
        if zone in zones:
            return zones[zone]
        target = links.get(zone)
        if target in zones and (alike(zone, target) or alike(city, target)):
            return zones[target]
        return (None, None)

    places = {}   # key (kind, country, folded English name) -> place

    def place(kind, country, name_en, latlng=None, population=0):
        key = (country, fold(name_en))
        p = places.get(key)
        if p is None:
            p = places[key] = {'kind': kind, 'country': country, 'name_en': name_en, 'latlng': latlng, 'en': [], 'fr': [], 'population': 0}
        p['population'] = max(p['population'], population)
        if TIER[kind] < TIER[p['kind']]:
            p['kind'] = kind
        if p['latlng'] is None and latlng:
            p['latlng'] = latlng
        return p

    def add(p, lang, *names):
        for n in names:
            n = re.sub(r'\s*\(.*\)$', '', (n or '').strip().replace('\u2019', "'"))   # "Center (Dakota du Nord)"
            if n and n not in p[lang]:
                p[lang].append(n)

    # CLDR exemplar cities, placed through their tz zone.
    zone_cities = {}   # country -> [(exemplar city, zone's coordinates)]
    for r in read_tsv(os.path.join(GAZ, 'cldr41-exemplar-cities-en-fr.tsv')):
        iso, latlng = zone_of(r['tz_zone'], r['city_en'])
        if iso not in countries:
            continue
        p = place('city', iso, r['city_en'], latlng)
        add(p, 'en', r['city_en'])
        add(p, 'fr', r.get('city_fr'))
        zone_cities.setdefault(iso, []).append((r['city_en'], latlng))

    # Capitals and country coordinates (mledoze).
    country_coords = {}
    for c in json.load(open(os.path.join(GAZ, 'mledoze-world-countries-5.1.0.json'), encoding='utf-8')):
        iso = 'XKX' if c['cca3'] == 'UNK' else c['cca3']
        if iso not in countries:
            continue
        if c.get('latlng'):
            country_coords[iso] = tuple(round(v, 4) for v in c['latlng'])
        cap_ll = (c.get('capitalInfo') or {}).get('latlng')
        for cap in c.get('capital') or []:
            p = place('capital', iso, cap, tuple(cap_ll) if cap_ll else capital_zone(cap, c['name']['common'], zone_cities.get(iso, [])))
            add(p, 'en', cap)

    # GeoNames: admin1 regions carry their country; other names are placed through the names above.
    suffixes = read_list(os.path.join(HERE, 'admin-suffixes.txt'))
    by_name = {}
    for p in places.values():
        for n in p['en'] + p['fr']:
            by_name.setdefault(fold(n), set()).add(id(p))
    ids = {id(p): p for p in places.values()}
    regions_by_base = {}
    rows = read_tsv(os.path.join(GAZ, 'geonames-debian-libgeonames-en-fr.tsv'))
    for r in rows:
        code = r['geonameid_or_admin_code']
        m = re.fullmatch(r'([A-Z]{2})\.\w+', code)
        if not m or alpha3.get(m.group(1)) not in countries or not r['name_en']:
            continue
        iso = alpha3[m.group(1)]
        p = place('region', iso, r['name_en'])
        add(p, 'en', r['name_en'])
        add(p, 'fr', r['name_fr'])
        base = proper_name(r['name_en'], suffixes)
        if base:
            regions_by_base.setdefault(fold(base), set()).add(iso)
            add(p, 'en', base)   # Brittany for Brittany Region
            p['name_en'] = base
        base_fr = proper_name(r['name_fr'], suffixes)
        if base_fr:
            regions_by_base.setdefault(fold(base_fr), set()).add(iso)
            add(p, 'fr', base_fr)
    for r in rows:
        if not r['geonameid_or_admin_code'].isdigit():
            continue
        en, fr = r['name_en'], r['name_fr']
        known = by_name.get(fold(en), set()) | (by_name.get(fold(fr), set()) if fr else set())
        if len(known) == 1:
            p = ids[next(iter(known))]
            add(p, 'en', en)
            add(p, 'fr', fr)
        elif not known and len(regions_by_base.get(fold(en), set()) | regions_by_base.get(fold(fr or en), set())) == 1:
            iso = next(iter(regions_by_base.get(fold(en), set()) | regions_by_base.get(fold(fr or en), set())))
            p = place('city', iso, en)
            add(p, 'en', en)
            add(p, 'fr', fr)

    # Large cities of GeoNames with their coordinates; French names from the names file when its
    # English name is that of one place only. A name another country's place already has stays
    # that place's (Ontario the province, not the Californian city; Odessa in Ukraine).
    countries_of = {}
    for p in places.values():
        for n in p['en'] + p['fr']:
            countries_of.setdefault(fold(n), set()).add(p['country'])
    from_geonames = set()   # names only the large-city step knows
    french = {}
    for r in rows:
        if r['geonameid_or_admin_code'].isdigit() and r['name_fr']:
            french.setdefault(fold(r['name_en']), set()).add(r['name_fr'])
    for name, cc, lat, lon, population in geonames_cities(MIN_POPULATION):
        iso = alpha3.get(cc)
        if iso not in countries or countries_of.get(fold(name), {iso}) != {iso}:
            continue
        p = place('city', iso, name, (lat, lon), population)
        if fold(name) not in countries_of:
            from_geonames.add(fold(name))
        add(p, 'en', name)
        if len(french.get(fold(name), ())) == 1:
            add(p, 'fr', next(iter(french[fold(name)])))

    # A name shared by places of different countries at the same tier is dropped (Tripoli, Valencia
    # are left to context), unless one of them, of known population, is ten times as large as any
    # other (Odessa, Ukraine over Odessa, Texas); across tiers the capital, then the city, keeps it.
    owners = {}
    for p in places.values():
        for n in set(map(fold, p['en'] + p['fr'])):
            owners.setdefault(n, []).append(p)
    for n, ps in owners.items():
        best = min(TIER[p['kind']] for p in ps)
        top = [p for p in ps if TIER[p['kind']] == best]
        top.sort(key=lambda p: -p['population'])
        dominant = all(p['population'] for p in top) and top[0]['population'] >= 10 * top[1]['population'] if len(top) > 1 else True
        keep = top[0] if len({p['country'] for p in top}) == 1 or dominant else None
        for p in ps:
            if p is not keep:
                for lang in ('en', 'fr'):
                    p[lang] = [x for x in p[lang] if fold(x) != n]

    # Ambiguous single words.
    common = set()
    for l in open(os.path.join(SHARED, 'lefff/lefff-3.4.mlex'), encoding='utf-8'):
        f = l.split('\t')
        # Lemmas of common words only: inflected verb forms ("vienne") and plurals ("paris") are rare
        # enough as sentence-initial capitalised words.
        if len(f) > 2 and f[1] in LEFFF_COMMON and f[0] == f[2] and f[0][:1].islower():
            common.add(fold(f[0]))
    # The words of the names of people Vigie knows ("Kirby", "Assad") are names first.
    for r in read_tsv(os.path.join(ROOT, 'data/actors/people.tsv')):
        for n in (r.get('names') or '').split('|') + (r.get('surnames') or '').split('|'):
            common |= {fold(w) for w in n.split() if w}
    for path in glob.glob(os.path.join(ROOT, 'data/lang/*/*.tsv')) + [os.path.join(ROOT, 'data/actors/first-names.tsv')]:
        for r in read_tsv(path):
            first = next(iter(r.values()), '') or ''
            for w in first.split('|'):
                if w and ' ' not in w:
                    common.add(fold(w))
    common |= {fold(w) for w in read_list(os.path.join(HERE, 'common-words-en.txt'))}
    # English common words: the lower-case entries of SCOWL's word list (Debian package wamerican).
    if os.path.exists(ENGLISH_WORDS):
        english = read_list(ENGLISH_WORDS)
        common |= {fold(w) for w in english if w[:1].islower() and "'" not in w}
        # A large city that the list spells as a proper name may be a surname too (Henderson, Telford):
        # a place only after a place word, like the common words.
        common |= {fold(w) for w in english if w[:1].isupper()} & from_geonames
    else:
        print(f'{ENGLISH_WORDS} not found (apt-get install wamerican): English common words are only those of tools/places', file=sys.stderr)

    def ambiguous(n):
        letters = sum(ch.isalpha() for ch in n)
        return letters < 4 or (' ' not in n and '-' not in n and fold(n) in common)

    lines = []
    generic = {fold(w) for w in read_list(os.path.join(HERE, 'common-words-en.txt'))}
    for p in sorted(places.values(), key=lambda p: (p['country'], TIER[p['kind']], p['name_en'])):
        names = p['en'] + [n for n in p['fr'] if n not in p['en']]
        # Regions named by a generic word (East, Central, Littoral) say nothing without their country.
        if not names or p['kind'] == 'region' and fold(p['name_en']) in generic:
            continue
        ll = p['latlng']
        cue = [n for n in names if ambiguous(n)]
        lines.append([p['kind'], p['country'], '' if not ll else f'{ll[0]:g}', '' if not ll else f'{ll[1]:g}',
                      p['name_en'], '|'.join(p['en']), '|'.join(x for x in p['fr']), '|'.join(cue)])
    for iso in sorted(country_coords):
        lat, lon = country_coords[iso]
        lines.append(['country', iso, f'{lat:g}', f'{lon:g}', '', '', '', ''])

    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Places: cities, regions and capitals with their country (ISO-3) and coordinates where the data\n'
                '# has them (capitals, tz exemplar cities, GeoNames cities); "country" rows give the coordinates of a country.\n'
                '# cue_only lists names that are also common words or given names: places only after à/en/in/at...\n'
                '# source: generated by tools/places/gen_places.py from Unicode CLDR 41 exemplar cities, tzdata zone.tab\n'
                '#   (zone -> country, coordinates), mledoze/countries 5.1.0 (capitals, country latlng), GeoNames names via\n'
                '#   Debian libgeonames (admin1 regions; cities placed through the names above; cities of 100,000 people or more\n'
                '#   with their coordinates, from libgeonames0), Debian iso-codes 4.15, Lefff 3.4, SCOWL (wamerican)\n'
                '# licence: Unicode License (CLDR), public domain (tzdata), ODbL 1.0 (mledoze/countries), CC BY 4.0 (GeoNames), LGPL-2.1+ (iso-codes)\n')
        f.write('kind\tcountry\tlat\tlon\tname_en\tnames_en\tnames_fr\tcue_only\n')
        for l in lines:
            f.write('\t'.join(l) + '\n')
    kinds = {}
    for l in lines:
        kinds[l[0]] = kinds.get(l[0], 0) + 1
    print(f'{OUT}: {len(lines)} rows {kinds}', file=sys.stderr)


if __name__ == '__main__':
    main()
