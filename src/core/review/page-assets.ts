/**
 * The review page's only style and script, inlined so the page needs nothing from the network. The
 * script keeps the reviewer's decisions in the page: "Save page" writes them into the markup and
 * downloads the page itself, so the saved file opens with the decisions in place, offline.
 */
export const REVIEW_STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem; color: #1b1b1b; }
header p { margin: 0.2rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; position: sticky; top: 0; }
.counts td, .counts th { width: auto; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 0.8em; }
tr.error .sev { color: #b00020; } tr.warning .sev { color: #8a5a00; } tr.info .sev, tr.hint .sev { color: #35608f; }
tr.claim.differs td:nth-child(6) { color: #b00020; font-weight: 600; } details { margin: 0.5rem 0; }
mark { background: #ffe98f; }
.context { max-width: 26rem; }
.fact { color: #333; font-size: 0.92em; }
select, textarea { width: 100%; min-width: 9rem; box-sizing: border-box; font: inherit; }
textarea { min-height: 3rem; }
tr[data-decision="accept"] { background: #eef8ee; } tr[data-decision="change"] { background: #fff6e5; } tr[data-decision="dismiss"] { background: #f3f3f3; }
.actions { margin: 1rem 0; } .actions button { font: inherit; padding: 0.3rem 0.8rem; margin-right: 0.5rem; }
@media print { .actions { display: none; } thead th { position: static; } }
`;

export const REVIEW_SCRIPT = `
(() => {
  const rows = () => Array.from(document.querySelectorAll('tr[data-finding]'));
  const status = document.getElementById('decided');
  const update = () => {
    const all = rows();
    const done = all.filter((r) => r.querySelector('select').value !== '').length;
    status.textContent = done + ' of ' + all.length + ' findings decided';
  };
  document.addEventListener('change', (event) => {
    const row = event.target.closest('tr[data-finding]');
    if (!row) return;
    row.dataset.decision = row.querySelector('select').value;
    update();
  });
  const download = (name, type, text) => {
    const link = document.getElementById('download');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.click();
  };
  document.getElementById('save').addEventListener('click', () => {
    for (const row of rows()) {
      const select = row.querySelector('select');
      for (const option of select.options) option.toggleAttribute('selected', option.value === select.value);
      const note = row.querySelector('textarea');
      note.textContent = note.value;
    }
    download(document.body.dataset.saveAs, 'text/html', '<!DOCTYPE html>\\n' + document.documentElement.outerHTML);
  });
  document.getElementById('export').addEventListener('click', () => {
    const cell = (s) => '"' + String(s).replace(/"/g, '""') + '"';
    const lines = [['file', 'line', 'rule', 'severity', 'message', 'decision', 'note'].join(',')];
    for (const row of rows()) {
      const d = row.dataset;
      lines.push([d.file, d.line, d.rule, d.severity, row.querySelector('.message').textContent, row.querySelector('select').value, row.querySelector('textarea').value].map(cell).join(','));
    }
    download(document.body.dataset.saveAs.replace(/\\.html$/, '.csv'), 'text/csv', lines.join('\\n') + '\\n');
  });
  update();
})();
`;
