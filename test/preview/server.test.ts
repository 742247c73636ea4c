// The reload stream of qikan preview: a page that connects after a rebuild it
// has not shown (the save came between its load and its connection, or while
// it was disconnected) is told to reload at once; a page that shows the latest
// build is told only of the next one.
import { afterEach, describe, expect, it } from 'vitest';
import { EVENTS_PATH, startServer, type PreviewServer } from '../../src/preview/server.js';

let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Opens the event stream and returns a function that reads until the first reload event, giving its data. */
async function openEvents(url: string, since: number): Promise<() => Promise<string>> {
  const response = await fetch(new URL(`${EVENTS_PATH}?since=${since}`, url));
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  return async () => {
    let text = '';
    for (;;) {
      const match = /event: reload\ndata: (\d+)\n\n/.exec(text);
      if (match) {
        await reader.cancel();
        return match[1]!;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error(`the stream ended without a reload event: ${JSON.stringify(text)}`);
      text += value;
    }
  };
}

describe('preview reload stream', () => {
  it('reloads at once a page served before a rebuild it did not hear of', async () => {
    server = await startServer(0, () => ({ body: 'page' }));
    expect(server.generation).toBe(0);
    server.reload(); // the save lands while no page is connected
    expect(server.generation).toBe(1);
    const firstReload = await openEvents(server.url, 0);
    expect(await firstReload()).toBe('1');
  });

  it('tells a page that shows the latest build only of the next rebuild', async () => {
    server = await startServer(0, () => ({ body: 'page' }));
    server.reload();
    const firstReload = await openEvents(server.url, 1);
    // The headers have come: the server holds the connection (it registers it as it sends them).
    server.reload();
    expect(await firstReload()).toBe('2');
  });
});
