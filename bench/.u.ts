import { lint } from '../test/unit/helpers';
const terms = ['GBS', 'CIDP', 'IVIG', 'Guillian-Barre syndrome', 'Churg-Strauss syndrome', 'multiple sclerosis', 'corticosteroids'];
for (const n of [20000, 50000, 100000]) {
const text = Array.from({length: n}, (_, i) => terms[i % terms.length]).join(' ') + '.\n';
const s = performance.now(); const f = lint(text); console.log(n, (performance.now()-s).toFixed(0), f.length);
}
