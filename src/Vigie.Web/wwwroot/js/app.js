// Vigie explorer: filters, event table, event detail, charts and article view. The URL holds the
// whole state (filters, page, open event or article), so any view can be shared or bookmarked,
// and Back/Forward work.
import { api, world } from "./api.js";
import { actorText, describe, placeText, renderArticle } from "./article.js";
import { drawMap, drawNetwork, drawTimeline, QUADS } from "./charts.js";
import { clear, el, fmtCount, safeHttpUrl } from "./dom.js";

const FILTERS = ["q", "actor", "target", "code", "root", "from", "to"];
const PAGE_SIZE = 25;
const $ = id => document.getElementById(id);

/** The state in the URL: filters, page, and an open event (event=) or article (doc=). */
function readState() {
  const p = new URLSearchParams(location.search);
  const state = { page: Math.max(1, parseInt(p.get("page") ?? "1", 10) || 1), event: p.get("event"), doc: p.get("doc") };
  for (const f of FILTERS) state[f] = p.get(f) ?? "";
  return state;
}

function stateUrl(state) {
  const p = new URLSearchParams();
  for (const f of FILTERS) if (state[f]) p.set(f, state[f]);
  if (state.page > 1) p.set("page", state.page);
  if (state.event) p.set("event", state.event);
  if (state.doc) p.set("doc", state.doc);
  const s = p.toString();
  return s ? `?${s}` : location.pathname;
}

function navigate(state, { replace = false } = {}) {
  const url = stateUrl(state);
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

const filtersOf = state => Object.fromEntries(FILTERS.map(f => [f, state[f]]));

function setStatus(message, isError = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

// ---- events table -------------------------------------------------------------------------

function actorCell(actor) {
  if (!actor) return el("td", { class: "muted", text: "—" });
  return el("td", { title: [actor.name, actor.country].filter(Boolean).join(", ") },
    el("span", { class: "code", text: actor.code ?? "" }), actor.name && actor.name !== actor.code ? el("span", { class: "name", text: ` ${actor.name}` }) : "");
}

function eventRow(e) {
  const open = () => navigate({ ...readState(), event: String(e.id) });
  const row = el("tr", { class: `quad-${e.quad}`, "data-id": e.id },
    el("td", {}, el("button", { type: "button", class: "link open-event", "aria-label": `Open event ${e.id}: ${e.cameoName ?? e.cameo}`, text: e.date ?? "—", onclick: open })),
    actorCell(e.source),
    el("td", {}, el("span", { class: "code", text: e.cameo }), ` ${e.cameoName ?? ""}`),
    actorCell(e.target),
    el("td", { class: "num", text: fmtCount(e.numMentions) }),
    el("td", { class: "num", text: fmtCount(e.numSources) }));
  // The whole row opens the event with a mouse; the button in it does for the keyboard.
  row.addEventListener("click", ev => { if (!(ev.target instanceof HTMLButtonElement)) open(); });
  return row;
}

// isCurrent() is false once a newer render has started: a slow answer must not overwrite a newer one.
async function loadEvents(state, isCurrent) {
  const body = $("events-table").tBodies[0];
  const result = await api.events({ ...filtersOf(state), page: state.page, pageSize: PAGE_SIZE });
  if (!isCurrent()) return;
  const items = result.items ?? [];
  clear(body).append(...items.map(eventRow));
  if (items.length === 0) body.append(el("tr", {}, el("td", { colspan: 6, class: "muted", text: "No event matches these filters." })));
  const pageSize = result.pageSize || PAGE_SIZE;
  const pages = Math.max(1, Math.ceil((result.total ?? 0) / pageSize));
  $("events-count").textContent = `(${fmtCount(result.total)})`;
  $("page-info").textContent = `Page ${result.page ?? state.page} of ${pages}`;
  $("prev-page").disabled = state.page <= 1;
  $("next-page").disabled = state.page >= pages;
}

// ---- charts -------------------------------------------------------------------------------

async function loadCharts(state, isCurrent) {
  const [stats, map] = await Promise.all([api.stats(), world()]);
  if (!isCurrent()) return;
  const pick = patch => navigate({ ...readState(), ...patch, page: 1, event: null });
  // The charts cover the whole corpus (the API's stats take no filter); the country of the
  // actor filter is outlined on the map and in the network.
  const selected = /^[A-Z]{3}/.test(state.actor) ? state.actor.slice(0, 3) : null;
  drawTimeline($("timeline"), stats.byDay, (from, to) => pick({ from, to }));
  drawMap($("map"), map, stats.byCountry, code => pick({ actor: code }), selected);
  drawNetwork($("network"), stats.byCountryPair, new Map(map.countries.map(c => [c.code, c.name])), code => pick({ actor: code }), selected);
  const t = stats.totals ?? {};
  $("corpus-totals").textContent = Object.entries(t).filter(([, v]) => typeof v === "number")
    .map(([k, v]) => `${fmtCount(v)} ${k.replace(/([A-Z])/g, " $1").toLowerCase()}`).join(" · ");
}

// ---- event detail -------------------------------------------------------------------------

const QUAD_NAMES = new Map(QUADS.map(q => [q.quad, q.name]));

// Documents fetched for the mentions' sentences, by id (a corpus event often has several
// mentions in one article).
const documents = new Map();
function documentOf(id) {
  if (!documents.has(id)) documents.set(id, api.document(id).catch(() => null));
  return documents.get(id);
}

/**
 * The sentence around [start, end) of a text: from the previous sentence end (. ! ? … followed
 * by a space, or a line break) to the next one. Used when the API gives a mention's sentence by
 * its number rather than its text.
 */
export function sentenceAround(text, start, end) {
  // character i separates two sentences: a line break, or a space after . ! ? …
  const separates = i => text[i] === "\n" || (/\s/.test(text[i]) && /[.!?…]/.test(text[i - 1] ?? ""));
  let from = start;
  while (from > 0 && !separates(from - 1)) from--;
  let to = end;
  while (to < text.length && !separates(to)) to++;
  const raw = text.slice(from, to);
  return { sentence: raw.trim(), offset: from + (raw.length - raw.trimStart().length) };
}

/** A mention's sentence with its trigger marked. */
async function mentionSentence(m) {
  const p = el("p", { class: "sentence" });
  let sentence, at;
  if (typeof m.sentence === "string") {
    sentence = m.sentence;
    at = m.trigger ? sentence.indexOf(m.trigger) : -1;
  } else {
    // The sentence comes by number: cut it out of the document, the trigger by its offsets.
    const doc = await documentOf(m.documentId);
    if (!doc || typeof doc.text !== "string" || !(m.end <= doc.text.length)) return p.append(m.trigger ?? ""), p;
    const cut = sentenceAround(doc.text, m.start, m.end);
    sentence = cut.sentence;
    at = m.start - cut.offset;
  }
  const length = (m.trigger ?? "").length;
  if (at < 0 || at + length > sentence.length) p.append(sentence);
  else p.append(sentence.slice(0, at), el("mark", { class: "hl hl-trigger", text: sentence.slice(at, at + length) }), sentence.slice(at + length));
  return p;
}

async function renderEvent(e) {
  const dl = el("dl", { class: "facts" });
  const fact = (term, value) => dl.append(el("dt", { text: term }), el("dd", {}, value instanceof Node ? value : describe(value)));
  fact("Date", e.date);
  fact("Source", actorText(e.source));
  fact("Target", actorText(e.target));
  fact("CAMEO", `${e.cameo} ${e.cameoName ?? ""} (root ${e.root})`);
  fact("PLOVER", e.plover);
  fact("Quad class", e.quad ? `${e.quad} ${QUAD_NAMES.get(e.quad) ?? ""}` : null);
  fact("Goldstein", e.goldstein);
  fact("Mentions / sources / articles", `${fmtCount(e.numMentions)} / ${fmtCount(e.numSources)} / ${fmtCount(e.numArticles)}`);
  fact("First and last seen", `${describe(e.firstSeen)} – ${describe(e.lastSeen)}`);
  fact("Location", placeText(e.location));

  const mentions = el("ol", { class: "mentions" });
  const sentences = await Promise.all((e.mentions ?? []).map(mentionSentence));
  for (const [i, m] of (e.mentions ?? []).entries()) {
    const href = safeHttpUrl(m.url);
    mentions.append(el("li", { class: "mention" },
      el("p", { class: "mention-head" },
        el("a", { href: `?doc=${encodeURIComponent(m.documentId)}`, class: "doc-link", "data-doc": m.documentId, text: m.title || m.documentId }),
        ` · ${[m.source, m.date].filter(Boolean).join(" · ")}`,
        href ? " · " : "", href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", text: "original" }) : ""),
      sentences[i],
      el("p", { class: "muted", text: [`modality: ${describe(m.modality)}`, `rule: ${describe(m.rule)}`, m.reportedBy ? `reported by: ${actorText(m.reportedBy)}` : null].filter(Boolean).join(" · ") })));
  }
  clear($("event-detail")).append(
    el("h2", { id: "event-dialog-title", text: `${actorText(e.source)} → ${e.target ? actorText(e.target) : "—"}: ${e.cameo} ${e.cameoName ?? ""}` }),
    dl, el("h3", { text: `Mentions (${(e.mentions ?? []).length})` }), mentions);
}

// isCurrent: a render the user has since left (Escape, Back, another event) must not reopen it.
async function showEvent(id, isCurrent) {
  const dialog = $("event-dialog");
  try {
    await renderEvent(await api.event(id));
  } catch (err) {
    clear($("event-detail")).append(el("h2", { id: "event-dialog-title", text: `Event ${id}` }), el("p", { class: "error", text: err.message }));
  }
  if (isCurrent() && !dialog.open) dialog.showModal();
}

// ---- rendering from the URL ---------------------------------------------------------------

let renderId = 0;
async function render() {
  const state = readState();
  const mine = ++renderId;
  const isCurrent = () => mine === renderId;
  const form = $("filters");
  for (const f of FILTERS) if (form.elements[f]) form.elements[f].value = state[f];
  $("explorer").hidden = !!state.doc;
  $("article-view").hidden = !state.doc;
  setStatus("Loading…");
  try {
    if (state.doc) {
      const doc = await api.document(state.doc);
      if (mine !== renderId) return;
      renderArticle($("article"), doc, id => navigate({ ...readState(), event: String(id) }));
      document.title = `${doc.title || doc.id} — Vigie`;
    } else {
      await Promise.all([loadEvents(state, isCurrent), loadCharts(state, isCurrent)]);
      document.title = "Vigie — event explorer";
    }
    if (mine !== renderId) return;
    setStatus("");
    if (state.event) await showEvent(state.event, isCurrent);
    else if ($("event-dialog").open) $("event-dialog").close();
  } catch (err) {
    if (mine === renderId) setStatus(err.message, true);
  }
}

// ---- controls -----------------------------------------------------------------------------

function wire() {
  const form = $("filters");
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const next = { page: 1, event: null, doc: null };
    for (const f of FILTERS) next[f] = form.elements[f] ? form.elements[f].value.trim() : readState()[f];
    navigate(next);
  });
  $("reset-filters").addEventListener("click", () => navigate({ page: 1 }));
  $("prev-page").addEventListener("click", () => { const s = readState(); navigate({ ...s, page: s.page - 1, event: null }); });
  $("next-page").addEventListener("click", () => { const s = readState(); navigate({ ...s, page: s.page + 1, event: null }); });
  // Closing the dialog (Escape, the ✕ button) removes the event from the URL.
  $("event-dialog").addEventListener("close", () => { if (readState().event) navigate({ ...readState(), event: null }); });
  // Links inside the page (documents, back, home) stay in the page instead of reloading it.
  document.addEventListener("click", ev => {
    const a = ev.target instanceof Element ? ev.target.closest("a") : null;
    if (!a || a.target === "_blank" || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    ev.preventDefault();
    if ($("event-dialog").open) $("event-dialog").close();
    const p = url.searchParams;
    if (p.has("doc")) navigate({ ...readState(), doc: p.get("doc"), event: null });
    else if (a.id === "back-link") navigate({ ...readState(), doc: null, event: null });
    else navigate({ page: 1 });
  });
  // Actor suggestions for the actor and target fields, from the corpus.
  let timer = 0;
  for (const name of ["actor", "target"]) {
    form.elements[name].addEventListener("input", ev => {
      clearTimeout(timer);
      const value = ev.target.value.trim();
      timer = setTimeout(async () => {
        try {
          const actors = await api.actors(value);
          clear($("actor-options")).append(...actors.slice(0, 30).map(a =>
            el("option", { value: a.code, text: `${a.name ?? a.code}${a.country ? ` (${a.country})` : ""} · ${fmtCount(a.events)} events` })));
        } catch {
          // suggestions are a convenience: a failure leaves the field as it is
        }
      }, 200);
    });
  }
  window.addEventListener("popstate", render);
}

wire();
render();
