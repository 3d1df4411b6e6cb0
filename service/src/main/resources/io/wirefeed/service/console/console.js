// The Wirefeed console: one page, no framework. Agency copy is untrusted: every field is set as text, but the
// headline and body, which the server sends escaped with the entities marked (headlineHtml, bodyHtml).
'use strict';

const KEY = 'wirefeed.console.key';
const FEED_SHOWN = 200;
const COLOURS = ['#3867d6', '#20bf6b', '#f7b731', '#eb3b5a', '#8854d0', '#0fb9b1'];
let stream = null;
let refresh = null;

function key() { return sessionStorage.getItem(KEY); }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child));
  return node;
}

function chip(text, kind) { return el('span', {class: 'chip ' + kind}, text); }

function notice(text) {
  const box = document.getElementById('notice');
  box.textContent = text || '';
  box.hidden = !text;
}

function connection(text) { document.getElementById('connection').textContent = text; }

async function api(path, options) {
  const response = await fetch(path, Object.assign({headers: {'Authorization': 'Bearer ' + key()}}, options || {}));
  if (response.status === 401) {
    sessionStorage.removeItem(KEY);
    location.hash = '#/key';
    throw new Error('The API key was refused');
  }
  const body = await response.json();
  if (!response.ok) { throw new Error(body.error || ('HTTP ' + response.status)); }
  return body;
}

function filterQuery() {
  const params = new URLSearchParams();
  ['topic', 'entity', 'agency', 'verdict'].forEach(name => {
    const value = document.getElementById('filter-' + name).value.trim();
    if (value) { params.set(name, value); }
  });
  return params.toString();
}

function dispatchItem(d, full) {
  const item = el('li', {class: (full ? 'record' : 'dispatch') + ' verdict-' + d.verdict, 'data-id': d.id,
    'data-verdict': d.verdict});
  const meta = el('div', {class: 'meta'}, chip(d.verdict.replace('_', ' '), 'verdict'),
    el('span', {class: 'agency'}, d.agency), el('span', {}, d.id + ' v' + d.version),
    el('span', {}, new Date(d.receivedAt).toLocaleString()));
  if (d.of) { meta.append(el('span', {}, 'of ' + d.of + (d.ofVersion ? ' v' + d.ofVersion : ''))); }
  if (d.retag) { meta.append(chip('re-tag', 'retag')); }
  if (d.embargoedUntil) { meta.append(el('span', {}, 'embargoed until ' + d.embargoedUntil)); }
  const headline = el('a', {class: 'headline', href: '#/story/' + encodeURIComponent(d.story)});
  headline.innerHTML = d.headlineHtml;
  const body = el('p', {class: 'body'});
  body.innerHTML = d.bodyHtml;
  const topics = el('div', {class: 'topics'});
  d.topics.forEach(t => {
    const c = chip(t.label, 'topic');
    c.title = t.code + (t.terms.length ? ': ' + t.terms.join(', ') : '');
    topics.append(c);
  });
  item.append(meta, headline, body, topics);
  return item;
}

// The live feed: a snapshot, then server-sent events read from a fetch (EventSource cannot send the key).
async function showFeed() {
  const list = document.getElementById('feed-list');
  stopStream();
  const query = filterQuery();
  const snapshot = await api('/api/feed?limit=' + FEED_SHOWN + (query ? '&' + query : ''));
  list.replaceChildren(...snapshot.dispatches.map(d => dispatchItem(d, false)));
  const controller = new AbortController();
  stream = controller;
  follow('/api/feed/stream' + (query ? '?' + query : ''), controller, list).catch(error => {
    if (!controller.signal.aborted) {
      connection('feed disconnected');
      setTimeout(() => { if (stream === controller) { showFeed().catch(e => notice(e.message)); } }, 2000);
    }
  });
}

async function follow(path, controller, list) {
  const response = await fetch(path, {headers: {'Authorization': 'Bearer ' + key()}, signal: controller.signal});
  if (!response.ok) { throw new Error('HTTP ' + response.status); }
  connection('live');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) { throw new Error('stream ended'); }
    buffer += decoder.decode(value, {stream: true});
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      handleEvent(buffer.slice(0, end), list);
      buffer = buffer.slice(end + 2);
    }
  }
}

function handleEvent(block, list) {
  let type = 'message';
  let data = '';
  block.split('\n').forEach(line => {
    if (line.startsWith('event: ')) { type = line.slice(7); }
    if (line.startsWith('data: ')) { data += line.slice(6); }
  });
  if (type === 'dispatch') {
    list.prepend(dispatchItem(JSON.parse(data), false));
    while (list.children.length > FEED_SHOWN) { list.lastChild.remove(); }
  } else if (type === 'dropped') {
    notice('This view fell behind the feed and was disconnected by the server; reloading.');
  }
}

function stopStream() {
  if (stream) { stream.abort(); stream = null; }
}

async function showStory(id) {
  document.getElementById('story-id').textContent = id;
  const story = await api('/api/story?id=' + encodeURIComponent(id));
  const list = document.getElementById('story-records');
  list.replaceChildren(...story.records.map(d => dispatchItem(d, true)));
  if (!story.records.length) { list.append(el('li', {}, 'The console holds no record of this story.')); }
}

async function showAlerts() {
  const body = document.querySelector('#alerts tbody');
  const alerts = (await api('/api/alerts')).alerts;
  body.replaceChildren(...alerts.map(a => el('tr', {},
    el('td', {}, new Date(a.raisedAt).toLocaleString()), el('td', {}, a.rule), el('td', {}, a.agency),
    el('td', {}, el('a', {href: '#/story/' + encodeURIComponent(a.story)}, a.headline)), el('td', {}, a.reason))));
}

async function showPipeline() {
  const stages = (await api('/api/pipeline')).stages;
  const box = document.getElementById('stages');
  box.replaceChildren();
  stages.forEach((stage, index) => {
    if (index > 0) { box.append(el('div', {class: 'arrow'}, '\u2192')); }
    const card = el('div', {class: 'stage' + (stage.up ? '' : ' down'), 'data-stage': stage.name},
      el('h3', {}, stage.name));
    if (!stage.up) { card.append(el('p', {}, stage.problem)); }
    const table = el('table', {});
    stage.figures.forEach(f => table.append(el('tr', {}, el('td', {}, f.label),
      el('td', {class: 'value'}, f.value === null ? '\u2014' : String(Math.round(f.value))),
      el('td', {}, f.perSecond === null ? '' : f.perSecond.toFixed(2) + '/s'))));
    card.append(table);
    box.append(card);
  });
}

function svg(tag, attrs) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

// A grouped bar chart: one group per window, one bar per leading key, drawn as plain SVG.
function chart(data) {
  const box = el('div', {class: 'chart', 'data-kind': data.kind},
    el('h3', {}, (data.kind === 'TOPIC' ? 'Topics' : 'Entities') + ', by ' + data.window.toLowerCase()));
  const width = 460, height = 200, pad = 24;
  const max = Math.max(1, ...data.series.flatMap(s => s.counts));
  const drawing = svg('svg', {width: width, height: height + pad, role: 'img'});
  const group = (width - pad) / Math.max(1, data.starts.length);
  const bar = group / (data.series.length + 1);
  data.starts.forEach((start, w) => {
    data.series.forEach((series, s) => {
      const h = series.counts[w] / max * (height - pad);
      const rect = svg('rect', {x: pad + w * group + s * bar, y: height - h, width: bar - 2, height: h,
        fill: COLOURS[s % COLOURS.length]});
      const title = svg('title', {});
      title.textContent = series.label + ': ' + series.counts[w];
      rect.append(title);
      const count = svg('text', {x: pad + w * group + s * bar + 2, y: height - h - 4, 'font-size': 11});
      count.textContent = String(series.counts[w]);
      drawing.append(rect, count);
    });
    const label = svg('text', {x: pad + w * group, y: height + 16, 'font-size': 11});
    label.textContent = start.slice(0, 10);
    drawing.append(label);
  });
  drawing.append(svg('line', {x1: pad, y1: height, x2: width, y2: height, stroke: '#8a97a5'}));
  const legend = el('div', {class: 'legend'});
  data.series.forEach((series, s) => {
    // Set through the CSSOM: the page's policy forbids style attributes.
    const swatch = el('span', {class: 'swatch'});
    swatch.style.background = COLOURS[s % COLOURS.length];
    legend.append(el('span', {}, swatch, series.label));
  });
  if (!data.series.length) { legend.append('No trend counted yet.'); }
  box.append(drawing, legend);
  return box;
}

async function showTrends(window) {
  const charts = (await api('/api/trends?window=' + window)).charts;
  document.getElementById('charts').replaceChildren(...charts.map(chart));
}

async function showDeadLetters() {
  const listing = await api('/api/dead-letters');
  document.getElementById('letter-counts').textContent = listing.total + ' dead letters in ' + listing.topic
    + (listing.total ? ' (' + Object.entries(listing.byStage).map(([s, n]) => n + ' ' + s).join(', ') + ')' : '')
    + '; the newest ' + listing.letters.length + ' below.';
  const body = document.querySelector('#letters tbody');
  body.replaceChildren(...listing.letters.map(letter => {
    const button = el('button', {class: 'replay', type: 'button'}, letter.replayed ? 'Replayed' : 'Replay');
    button.disabled = Boolean(letter.replayed);
    button.title = letter.replayed || 'Send it through today\'s ingest (admin key)';
    button.addEventListener('click', () => replay(letter.id, button));
    return el('tr', {'data-id': letter.id}, el('td', {}, letter.id), el('td', {}, letter.stage),
      el('td', {}, new Date(letter.failedAt).toLocaleString()), el('td', {}, letter.format),
      el('td', {class: 'reason'}, letter.reason + (letter.replayOf ? ' (replay of ' + letter.replayOf + ')' : '')),
      el('td', {}, button));
  }));
}

async function replay(id, button) {
  button.disabled = true;
  const box = document.getElementById('replay-result');
  try {
    const result = await api('/api/dead-letters/replay', {method: 'POST',
      headers: {'Authorization': 'Bearer ' + key(), 'Content-Type': 'application/x-www-form-urlencoded'},
      body: 'id=' + encodeURIComponent(id)});
    box.textContent = result.lines.join('\n');
    await showDeadLetters();
  } catch (error) {
    box.textContent = 'Not replayed: ' + error.message;
    button.disabled = false;
  }
  box.hidden = false;
}

function show(page) {
  document.querySelectorAll('.page').forEach(section => { section.hidden = section.id !== 'page-' + page; });
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.id === 'nav-' + page));
}

async function route() {
  stopStream();
  connection('');
  if (refresh) { clearInterval(refresh); refresh = null; }
  notice('');
  const hash = location.hash || '#/feed';
  if (hash.startsWith('#key=')) {
    sessionStorage.setItem(KEY, decodeURIComponent(hash.slice(5)));
    history.replaceState(null, '', location.pathname + '#/feed');
    return route();
  }
  if (!key() || hash === '#/key') { show('key'); return; }
  const [, page, argument] = hash.match(/^#\/([^/]*)\/?(.*)$/) || [null, 'feed', ''];
  try {
    if (page === 'story') { show('story'); await showStory(decodeURIComponent(argument)); }
    else if (page === 'pipeline') { show('pipeline'); await showPipeline(); refresh = setInterval(() => showPipeline().catch(e => notice(e.message)), 5000); }
    else if (page === 'alerts') { show('alerts'); await showAlerts(); }
    else if (page === 'trends') { show('trends'); await showTrends(argument === 'week' ? 'week' : 'day'); }
    else if (page === 'dead-letters') { show('dead-letters'); await showDeadLetters(); }
    else { show('feed'); await showFeed(); }
  } catch (error) {
    notice(error.message);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('key-form').addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem(KEY, document.getElementById('key-input').value.trim());
    location.hash = '#/feed';
  });
  document.getElementById('filters').addEventListener('submit', event => {
    event.preventDefault();
    showFeed().catch(error => notice(error.message));
  });
  document.getElementById('filter-clear').addEventListener('click', () => {
    document.getElementById('filters').reset();
    showFeed().catch(error => notice(error.message));
  });
  window.addEventListener('hashchange', route);
  route();
});
