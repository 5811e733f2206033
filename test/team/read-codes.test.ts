// readShareCodes with prepareTeam: the nonce tells people apart, the same code twice counts once.
import { expect } from '@open-wc/testing';
import { encodeShareCode } from '../../src/share/share-code.js';
import { readShareCodes } from '../../src/team/team-codes.js';
import { prepareTeam } from '../../src/team/aggregate.js';
import { content, statementIds } from './support.js';

const same = Object.fromEntries(statementIds.map((id, i) => [id, i % 4 === 0 ? null : (i % 5) + 1]));

describe('reading pasted share codes', () => {
  it('gives results with the code\'s nonce as a string; equal answers of two people count twice, one code pasted twice once', () => {
    const a = encodeShareCode(content, same, { nonce: 1 });
    const b = encodeShareCode(content, same, { nonce: 2 ** 46 - 1 });
    const read = readShareCodes(content, `eerst ${a}, dan ${b} en weer ${a}!`, new Date(Date.UTC(2024, 0, 1)));
    expect(read.found).to.equal(3);
    expect(read.refused).to.deep.equal([]);
    expect(read.results.map((r) => r.nonce)).to.deep.equal(['1', String(2 ** 46 - 1), '1']);
    expect(read.results[0].completedAt).to.equal('2024-01-01T00:00:00.000Z');
    const prepared = prepareTeam(content, read.results);
    expect(prepared.accepted).to.have.length(2);
    expect(prepared.duplicates).to.equal(1);
  });

  it('refuses cut codes and codes of other content with the reason, and finds nothing in plain chat', () => {
    const code = encodeShareCode(content, same, { nonce: 7 });
    const read = readShareCodes(content, `${code.slice(0, -1)} en ${code.replace(/.$/, (c) => (c === '0' ? '1' : '0'))}`);
    expect(read.results).to.deep.equal([]);
    expect(read.refused.map((r) => r.reason)).to.deep.equal(['checksum', 'checksum']);
    expect(readShareCodes(content, 'Goedemorgen allemaal, tot straks!')).to.deep.include({ found: 0, results: [], refused: [] });
  });
});
