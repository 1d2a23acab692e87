// Hover and completion through VS Code's own provider commands, as the editor calls them.
import * as vscode from 'vscode';
import bundled from '../../../src/generated/terminology.json';
import { equal, match, ok } from './check';
import { activateExtension, completionItems, hoverText, hoverTextWhenReady, labelOf, openFile, positionOf, setSetting } from './vscode-helpers';

interface BundledEntry {
  id: string;
  preferred: string;
  definition: { patient: string; clinical: string };
}
const cidp = (bundled.entries as BundledEntry[]).find((e) => e.id === 'cidp');
const gbsEntry = (bundled.entries as BundledEntry[]).find((e) => e.id === 'guillain-barre-syndrome');

describe('hover and completion', () => {
  before(activateExtension);

  it('hover on "CIDP" shows the preferred term and the plain-language definition', async () => {
    ok(cidp, 'the bundled terminology has a cidp entry');
    const doc = await openFile('terms.md');
    const text = await hoverTextWhenReady(doc.uri, positionOf(doc, 'CIDP', 2));
    match(text, /chronic inflammatory demyelinating polyneuropathy/i, 'hover names the preferred term');
    ok(text.includes(cidp.definition.patient), `hover holds the patient definition; got ${JSON.stringify(text)}`);
  });

  it('no hover on a word that is not a term', async () => {
    const doc = await openFile('terms.md');
    equal(await hoverText(doc.uri, positionOf(doc, 'develops', 2)), '', 'hover text on "develops"');
  });

  it('with audience "professional" the clinical definition comes first', async () => {
    ok(cidp, 'the bundled terminology has a cidp entry');
    const doc = await openFile('terms.md');
    const restore = await setSetting('audience', 'professional');
    try {
      const text = await hoverText(doc.uri, positionOf(doc, 'CIDP', 2));
      const clinical = text.indexOf(cidp.definition.clinical);
      ok(clinical >= 0, `hover holds the clinical definition; got ${JSON.stringify(text)}`);
      const patient = text.indexOf(cidp.definition.patient);
      ok(patient < 0 || clinical < patient, 'the clinical definition comes before the patient one');
    } finally {
      await restore();
    }
  });

  it('completion after "Guil" offers "Guillain-Barré syndrome" first, with its definition, replacing "Guil"', async () => {
    ok(gbsEntry, 'the bundled terminology has a guillain-barre-syndrome entry');
    const doc = await openFile('completion.md');
    const items = await completionItems(doc.uri, positionOf(doc, 'Guil', 4));
    // What the editor would list for "Guil", in its order (VS Code's own word suggestions included).
    const listed = items
      .filter((i) => (i.filterText ?? labelOf(i)).toLowerCase().startsWith('guil'))
      .sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    equal(listed[0] && labelOf(listed[0]), 'Guillain-Barré syndrome', `first item for "Guil" of ${JSON.stringify(listed.map(labelOf))}`);
    const gbs = listed[0]!;
    const docs = typeof gbs.documentation === 'string' ? gbs.documentation : gbs.documentation?.value ?? '';
    ok(docs.includes(gbsEntry.definition.patient), `the item documents the definition; got ${JSON.stringify(docs)}`);
    const range = gbs.range instanceof vscode.Range ? gbs.range : gbs.range?.replacing;
    ok(range, 'the item has a replace range');
    equal(doc.getText(range), 'Guil', 'text the item replaces');
  });
});
