import { expect } from '@open-wc/testing';
import {
  acceptsMessage,
  embedMessage,
  hostMessage,
  isEmbedMessage,
  isHostMessage,
  parseAllowedOrigin,
  parseEmbedParams,
} from '../../src/adapters/embed-protocol.js';

describe('embed protocol (pure)', () => {
  it('accepts only an exact http(s) origin as the allowed parent origin', () => {
    expect(parseAllowedOrigin('https://intranet.example.org')).to.equal('https://intranet.example.org');
    expect(parseAllowedOrigin('https://intranet.example.org/')).to.equal('https://intranet.example.org');
    expect(parseAllowedOrigin('http://localhost:8000')).to.equal('http://localhost:8000');
    for (const bad of [
      null,
      '',
      '*',
      'null',
      'intranet.example.org',
      'https://intranet.example.org/page',
      'https://intranet.example.org?x=1',
      'https://intranet.example.org#x',
      'https://user:pw@intranet.example.org',
      'https://INTRANET.example.org', // not the serialised origin
      'https://intranet.example.org:443', // default port: not the exact origin text
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
    ]) {
      expect(parseAllowedOrigin(bad), String(bad)).to.equal(null);
    }
  });

  it('takes a message only from the allowed origin and the expected window', () => {
    const parent = {};
    expect(acceptsMessage({ origin: 'https://a.example', source: parent }, 'https://a.example', parent)).to.equal(true);
    expect(acceptsMessage({ origin: 'https://b.example', source: parent }, 'https://a.example', parent)).to.equal(false);
    expect(acceptsMessage({ origin: 'https://a.example', source: {} }, 'https://a.example', parent)).to.equal(false);
    expect(acceptsMessage({ origin: 'https://a.example', source: parent }, null, parent)).to.equal(false);
  });

  it('recognises well-formed messages and nothing else', () => {
    expect(isEmbedMessage(embedMessage('resize', { height: 812 }))).to.equal(true);
    expect(isEmbedMessage(embedMessage('step', { step: 2 }))).to.equal(true);
    expect(isEmbedMessage(embedMessage('ready', { contentId: 'x', contentVersion: '1', locale: 'nl' }))).to.equal(true);
    expect(isEmbedMessage({ ...embedMessage('resize', { height: 1 }), version: 2 })).to.equal(false);
    expect(isEmbedMessage({ ...embedMessage('resize', { height: 1 }), protocol: 'other' })).to.equal(false);
    expect(isEmbedMessage({ protocol: 'sociale-veiligheid-quickscan', version: 1, type: 'resize', detail: { height: -1 } })).to.equal(false);
    expect(isEmbedMessage({ protocol: 'sociale-veiligheid-quickscan', version: 1, type: 'resize', detail: { height: NaN } })).to.equal(false);
    expect(isEmbedMessage({ protocol: 'sociale-veiligheid-quickscan', version: 1, type: 'step', detail: { step: 'x' } })).to.equal(false);
    expect(isEmbedMessage({ protocol: 'sociale-veiligheid-quickscan', version: 1, type: 'evil', detail: {} })).to.equal(false);
    expect(isEmbedMessage('{"protocol":"sociale-veiligheid-quickscan"}')).to.equal(false);
    expect(isEmbedMessage(null)).to.equal(false);
    expect(isEmbedMessage(hostMessage('hello', {}))).to.equal(false);

    expect(isHostMessage(hostMessage('hello', {}))).to.equal(true);
    expect(isHostMessage(hostMessage('restore', { answers: { 'p1-s1': 4 }, step: 0 }))).to.equal(true);
    expect(isHostMessage(hostMessage('restore', { step: 'nowhere' as never }))).to.equal(false);
    expect(isHostMessage(hostMessage('restore', { answers: [] as never }))).to.equal(false);
    expect(isHostMessage(embedMessage('resize', { height: 3 }))).to.equal(false);
  });

  it('reads lang, src, theme and origin from the query', () => {
    const page = 'https://cdn.example.org/quickscan/embed.html';
    expect(parseEmbedParams('?lang=en&src=content/custom.json&theme=dark&origin=https%3A%2F%2Fintranet.example.org', page)).to.deep.equal({
      lang: 'en',
      src: 'https://cdn.example.org/quickscan/content/custom.json',
      theme: 'dark',
      origin: 'https://intranet.example.org',
    });
    expect(parseEmbedParams('', page)).to.deep.equal({ theme: 'auto', origin: null });
    // Unusable values are dropped, never passed on.
    expect(parseEmbedParams('?lang=<x>&src=javascript:alert(1)&theme=neon&origin=*', page)).to.deep.equal({ theme: 'auto', origin: null });
  });
});
