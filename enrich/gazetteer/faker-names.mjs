// Writes the given names of @faker-js/faker's locales (person.first_name), Latin script only, one per line.
import * as faker from '@faker-js/faker';

const names = new Set();
for (const [name, instance] of Object.entries(faker)) {
  const firstNames = name.startsWith('faker') ? instance?.rawDefinitions?.person?.first_name : undefined;
  if (!firstNames) {
    continue;
  }
  for (const given of (Array.isArray(firstNames) ? firstNames : Object.values(firstNames).flat())) {
    if (typeof given === 'string' && /^\p{Lu}[\p{Ll}'’-]+$/u.test(given) && /^[\p{Script=Latin}'’-]+$/u.test(given)) {
      names.add(given);
    }
  }
}
console.log([...names].sort().join('\n'));
