// The search page's script (search.html): reads ?q=, asks the Pagefind index
// (pagefind/pagefind.js, same origin), and lists each result as the issue,
// the article and the sentence that matches, linking to that sentence in the
// article (#p12 for the paragraph, and a text fragment that browsers which
// know it scroll to and highlight). Without this script the page still shows
// every issue's contents.
//
// Chinese is written without spaces: Pagefind splits the query into words
// (Intl.Segmenter) and finds the pages that have them all, anywhere. A member
// who types a phrase wants the page that has the phrase, so the pages whose
// matched words stand next to each other come first, and among the first
// ones, those whose text holds the query exactly.

const MAX_RESULTS = 20;
/** Results whose text is read to check the exact phrase (each is one small fetch). */
const CHECKED = 40;
const SENTENCE_END = /[。！？；…]/u;

const params = new URLSearchParams(location.search);
const query = (params.get('q') ?? '').trim();
const status = document.getElementById('search-status');
const list = document.getElementById('results');

const box = document.getElementById('q');
if (box) box.value = query;
if (query !== '') run().catch((error) => say(`搜索出错：${error.message}。可以从下面的各期目录找到文章。`));

async function run() {
  say('正在搜索……');
  const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
  await pagefind.init();
  const search = await pagefind.search(query);
  if (search === null) return;
  const ranked = [...search.results].sort((a, b) => longestRun(b.words) - longestRun(a.words) || b.score - a.score);
  const data = await Promise.all(ranked.slice(0, CHECKED).map((result) => result.data()));
  const compact = query.replace(/\s+/gu, '');
  // Stable: the exact phrase first, the order above kept within each group.
  const ordered = data.map((d, i) => ({ d, i, exact: d.content.replace(/\s+/gu, '').includes(compact) })).sort((a, b) => Number(b.exact) - Number(a.exact) || a.i - b.i);
  list.replaceChildren(...ordered.slice(0, MAX_RESULTS).map(({ d }) => resultItem(d, compact)));
  const count = search.results.length;
  const exact = ordered.filter((o) => o.exact).length;
  if (count === 0) say(`没有找到“${query}”。换一个词试试，或从下面的各期目录查找。`);
  else say(`找到 ${count} 篇相关文章${exact > 0 ? `，其中 ${exact} 篇含“${query}”原文` : ''}${count > MAX_RESULTS ? `；下面是最相关的 ${MAX_RESULTS} 篇` : ''}。`);
}

/** The longest run of consecutive word positions: a phrase's words stand one after another. */
function longestRun(words) {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

function resultItem(data, compact) {
  const place = matchPlace(data, compact);
  const item = document.createElement('li');
  const issue = paragraph('result-issue', data.meta.issue ?? '');
  const title = paragraph('result-title', '');
  const link = document.createElement('a');
  link.href = place ? `${data.url}#${place.id}:~:text=${fragmentText(place.sentence)}` : data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const sentence = paragraph('result-sentence', '');
  if (place) sentence.append(...marked(place.sentence, compact));
  else sentence.append(...excerptNodes(data.excerpt));
  item.append(issue, title, sentence);
  return item;
}

/** The paragraph (an element with an id: p12, a heading) whose text has the query, and the sentence in it. */
function matchPlace(data, compact) {
  for (const anchor of data.anchors) {
    const text = anchor.text ?? '';
    const at = text.indexOf(compact);
    if (anchor.id === 'title' || at < 0) continue;
    let start = at;
    while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
    let end = at + compact.length;
    while (end < text.length && !SENTENCE_END.test(text[end - 1] ?? '')) end++;
    while (end < text.length && SENTENCE_END.test(text[end])) end++;
    return { id: anchor.id, sentence: text.slice(start, end).trim() };
  }
  return undefined;
}

/**
 * A text fragment (https://wicg.github.io/scroll-to-text-fragment/) for the
 * sentence: its first and last characters, which stand at sentence
 * boundaries, as the matching rules require.
 */
function fragmentText(sentence) {
  const chars = [...sentence];
  const encode = (s) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  if (chars.length <= 24) return encode(sentence);
  return `${encode(chars.slice(0, 12).join(''))},${encode(chars.slice(-8).join(''))}`;
}

/** The sentence as text nodes, with the query in <mark>. */
function marked(sentence, compact) {
  const nodes = [];
  let from = 0;
  for (let at = sentence.indexOf(compact); at >= 0; at = sentence.indexOf(compact, at + compact.length)) {
    nodes.push(document.createTextNode(sentence.slice(from, at)));
    const mark = document.createElement('mark');
    mark.textContent = compact;
    nodes.push(mark);
    from = at + compact.length;
  }
  nodes.push(document.createTextNode(sentence.slice(from)));
  return nodes;
}

/** Pagefind's excerpt (escaped text with <mark>) as nodes: only text and <mark> are kept. */
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent ?? '';
    return mark;
  });
}

function paragraph(className, text) {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function say(text) {
  status.textContent = text;
}
