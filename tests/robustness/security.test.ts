/** Security: no network in any code path, no page script run, no output outside the output directory. */
import { jest } from '@jest/globals';
import net from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';
import { join, resolve } from 'node:path';
import { clean } from '../../src/clean.js';
import { containedPath } from '../../src/cli/output.js';
import { gunzip } from '../../src/io/decode.js';
import { gzipSync } from 'node:zlib';

const page = `<!doctype html><html><head>
<link rel="stylesheet" href="http://127.0.0.1:9/x.css"><script src="http://127.0.0.1:9/x.js"></script>
<script>globalThis.__rinsePageScriptRan = true; require('net').connect(9, '127.0.0.1');</script>
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/"><base href="http://127.0.0.1:9/">
</head><body onload="globalThis.__rinsePageScriptRan = true">
<img src="http://127.0.0.1:9/a.png" onerror="globalThis.__rinsePageScriptRan = true"><iframe src="http://127.0.0.1:9/"></iframe>
<object data="http://127.0.0.1:9/o"></object><video src="http://127.0.0.1:9/v.mp4"></video>
<p>An article paragraph that is long enough to be prose, with a <a href="http://127.0.0.1:9/">link</a> in it.</p>
<svg><image href="http://127.0.0.1:9/i.svg"/><script>globalThis.__rinsePageScriptRan = true</script></svg>
</body></html>`;

test('cleaning a page full of remote resources and scripts opens no socket and runs no script', () => {
  const attempts: string[] = [];
  const spies = [
    jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket) { attempts.push('net.Socket.connect'); throw new Error('network used'); }),
    jest.spyOn(net, 'createConnection').mockImplementation(() => { attempts.push('net.createConnection'); throw new Error('network used'); }),
    jest.spyOn(tls, 'connect').mockImplementation(() => { attempts.push('tls.connect'); throw new Error('network used'); }),
    jest.spyOn(dgram, 'createSocket').mockImplementation(() => { attempts.push('dgram.createSocket'); throw new Error('network used'); }),
  ];
  const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(() => { attempts.push('fetch'); throw new Error('network used'); });
  try {
    for (const inputFormat of ['auto', 'html', 'text'] as const) clean(Buffer.from(page), { inputFormat });
    expect(clean(page, { inputFormat: 'html' }).text).toContain('An article paragraph');
  } finally {
    for (const spy of [...spies, fetchSpy]) spy.mockRestore();
  }
  expect(attempts).toEqual([]);
  expect((globalThis as { __rinsePageScriptRan?: boolean }).__rinsePageScriptRan).toBeUndefined();
});

describe('output paths stay inside the output directory', () => {
  const out = resolve('/tmp/rinse-out');
  test.each([
    ['../escape.txt'],
    ['a/../../escape.txt'],
    ['/etc/passwd'],
    ['..'],
    [''],
    ['a\u0000b.txt'],
    [`${'n'.repeat(300)}.txt`],
  ])('%j is refused', (rel) => {
    expect(() => containedPath(out, rel)).toThrow(/output/);
  });

  test('ordinary nested names are kept', () => {
    expect(containedPath(out, 'a/b/c.txt')).toBe(join(out, 'a/b/c.txt'));
    expect(containedPath(out, 'with..dots.txt')).toBe(join(out, 'with..dots.txt'));
  });
});

test('a gzip bomb is refused after max-bytes of output, not after inflating it all', () => {
  const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x61));
  expect(bomb.length).toBeLessThan(1024 * 1024);
  expect(() => gunzip(bomb, 1024 * 1024)).toThrow(/decompresses to more than 1048576 bytes/);
  expect(() => clean(bomb, { maxBytes: 1024 * 1024 })).toThrow(/max-bytes/);
});
