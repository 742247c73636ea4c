// qikan preview's script, added to every page it serves: when the server
// says the sources changed (Server-Sent Events on /__qikan/events), the page
// notes where the reader is — the first paragraph or heading in view and how
// far down the window it stands — and reloads; the new page scrolls that
// element back to the same place, so an edit above it does not move the text.
// The server stamps the script's address with the generation of the build
// the page shows (?since=N): a save between the page's load and the stream's
// connection still reloads it.
const KEY = 'qikan-preview-place';

history.scrollRestoration = 'manual';
restore();
const since = new URL(document.currentScript.src).searchParams.get('since') ?? '';
const events = new EventSource(`/__qikan/events?since=${encodeURIComponent(since)}`);
events.addEventListener('reload', () => {
  sessionStorage.setItem(KEY, JSON.stringify(place()));
  location.reload();
});

function place() {
  for (const element of document.querySelectorAll('main [id]')) {
    const box = element.getBoundingClientRect();
    if (box.bottom > 0) return { path: location.pathname, id: element.id, top: box.top, y: scrollY };
  }
  return { path: location.pathname, y: scrollY };
}

function restore() {
  const saved = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  if (!saved) return;
  const at = JSON.parse(saved);
  if (at.path !== location.pathname) return;
  const element = at.id ? document.getElementById(at.id) : null;
  const y = element ? element.getBoundingClientRect().top + scrollY - at.top : at.y;
  scrollTo(0, y);
}
