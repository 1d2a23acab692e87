import { lint } from '../test/unit/helpers';
import { generateCorpus } from './corpus';
function t(name: string, text: string) {
  const s = performance.now();
  try { const f = lint(text); console.log(name, text.length, (performance.now()-s).toFixed(0), 'ms', f.length); }
  catch (e) { console.log(name, 'THREW', (performance.now()-s).toFixed(0), String(e).slice(0, 200)); }
}
t('nested-list-dash', '- '.repeat(10000) + 'GBS item\n');
t('nested-quote', '> '.repeat(10000) + 'GBS item\n');
t('nested-quote2', '>'.repeat(10000) + 'GBS item\n');
t('nested-ol', '1. '.repeat(10000) + 'GBS item\n');
t('nested-indent', Array.from({length: 3000}, (_, i) => ' '.repeat(2*i) + '- Guillian-Barre syndrome').join('\n'));
t('1MB-line', generateCorpus(1_000_000).replace(/\n/g, ' '));
const c = generateCorpus(1_000_000); t('1MB', c); t('1MB', c);
