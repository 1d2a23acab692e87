import { lint } from '../test/unit/helpers';
import { generateCorpus } from './corpus';
const c = generateCorpus(1_000_000);
for (let i = 0; i < 2; i++) { const s = performance.now(); const f = lint(c); console.log((performance.now()-s).toFixed(0), f.length); }
