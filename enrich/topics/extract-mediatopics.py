#!/usr/bin/env python3
"""Copies from the IPTC Media Topics vocabulary the topics that enrich's rules use, with their ancestors and
every top-level topic, into enrich's resources, keeping IPTC's attribution (CC BY 4.0).

    python3 enrich/topics/extract-mediatopics.py ../shared/data/iptc-mediatopics-2019.tsv
"""
import re
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
resources = here.parent / 'src/main/resources/io/wirefeed/enrich/topic'
source = Path(sys.argv[1])
lines = source.read_text(encoding='utf-8').splitlines()
attribution = [line for line in lines if line.startswith('#')]
rows = {}
for line in lines:
    if line.startswith('#') or line.startswith('code\t'):
        continue
    cols = line.split('\t')
    rows[cols[0]] = cols
wanted = set(re.findall(r'medtop:(\d{8})', (resources / 'topics.rules').read_text(encoding='utf-8')))
wanted |= {code for code, cols in rows.items() if not cols[2] and cols[5] != 'retired'}
for code in list(wanted):
    parent = rows[code][2]
    while parent:
        wanted.add(parent)
        parent = rows[parent][2]
with open(resources / 'mediatopics.tsv', 'w', encoding='utf-8') as out:
    for line in attribution:
        out.write(line + '\n')
    out.write('# Subset used by Wirefeed enrich, extracted by enrich/topics/extract-mediatopics.py. Columns: code, '
              'English label, broader code, Wikidata id.\n')
    for code in sorted(wanted):
        cols = rows[code]
        out.write('\t'.join([code, cols[1], cols[2], cols[3]]) + '\n')
print(f'{len(wanted)} topics written')
