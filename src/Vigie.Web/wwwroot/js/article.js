// The article view: the document's text with every recognised span highlighted by kind, and each
// event the coder found explained field by field. The text is untrusted: it only ever reaches the
// page as text nodes.
import { clear, el, safeHttpUrl } from "./dom.js";

export const KINDS = [
  { kind: "quote", label: "Quotations" },
  { kind: "entity", label: "Entities" },
  { kind: "time", label: "Time expressions" },
  { kind: "amount", label: "Amounts" },
  { kind: "trigger", label: "Event triggers" },
];
// When two spans start and end at the same place, the first kind here is drawn outside.
const KIND_RANK = new Map(KINDS.map((k, i) => [k.kind, i]));

/** A value of the API (string, number, object or null) as one line of text. */
export function describe(value) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map(describe).join(", ");
  if (typeof value === "object") {
    return Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== "")
      .map(([k, v]) => `${k}: ${typeof v === "object" ? describe(v) : v}`).join("; ");
  }
  return String(value);
}

/** A location of the API ({name, country, lat, lon}) as "Jermuk (ARM) · 39.84, 45.67". */
export function placeText(location) {
  if (!location) return "—";
  if (typeof location !== "object") return String(location);
  const where = [location.name, location.country && location.country !== location.name ? `(${location.country})` : null].filter(Boolean).join(" ");
  const at = typeof location.lat === "number" && typeof location.lon === "number" ? ` · ${location.lat}, ${location.lon}` : "";
  return (where || "—") + at;
}

/** An actor of the API, as "CODE name" whether it came as a string or as {code, name, country}. */
export function actorText(actor) {
  if (actor === null || actor === undefined || actor === "") return "—";
  if (typeof actor === "string") return actor;
  const parts = [actor.code, actor.name && actor.name !== actor.code ? actor.name : null, actor.text && actor.text !== actor.name ? `“${actor.text}”` : null];
  return parts.filter(Boolean).join(" ") || describe(actor);
}

/** Every span of the document, as {id, kind, start, end, label}, in the text's coordinates. */
export function documentSpans(doc) {
  const spans = [];
  const add = (kind, list, label) => (list ?? []).forEach((item, i) => spans.push({ id: `${kind}-${i}`, kind, index: i, start: item.start, end: item.end, label: label(item) }));
  add("entity", doc.entities, e => `${e.text}: ${[e.kind, e.code, e.country].filter(Boolean).join(" ")}`);
  add("time", doc.timex, t => `${t.text}: ${[t.type, t.value].filter(Boolean).join(" ")}`);
  add("amount", doc.amounts, a => `${a.text}: ${[a.value, a.unit].filter(v => v !== null && v !== undefined).join(" ")}`);
  add("quote", doc.quotes, q => `quotation${q.speaker ? ` by ${actorText(q.speaker)}` : ""}`);
  add("trigger", doc.events, e => `${e.trigger ?? ""}: ${[e.cameo, e.cameoName].filter(Boolean).join(" ")}`);
  const length = (doc.text ?? "").length;
  return spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length);
}

/**
 * The text as nested <mark> elements. The text is cut at every span boundary; each piece is
 * wrapped in the spans covering it, outermost first. Consecutive pieces share the elements of
 * the spans they have in common, so a span is split only where another crosses its edge; its
 * pieces then carry the same data-span id.
 */
export function highlightedText(text, spans, onTrigger) {
  const order = (a, b) => a.start - b.start || b.end - a.end || KIND_RANK.get(a.kind) - KIND_RANK.get(b.kind);
  const sorted = spans.slice().sort(order);
  const cuts = [...new Set([0, text.length, ...sorted.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  const root = el("div", { class: "article-text" });
  const open = []; // [{span, node}] from outermost to innermost
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i], to = cuts[i + 1];
    const covering = sorted.filter(s => s.start <= from && s.end >= to);
    let keep = 0;
    while (keep < open.length && keep < covering.length && open[keep].span === covering[keep]) keep++;
    open.length = keep;
    for (const span of covering.slice(keep)) {
      const node = el("mark", { class: `hl hl-${span.kind}`, "data-kind": span.kind, "data-span": span.id, title: span.label });
      if (span.kind === "trigger") {
        node.setAttribute("tabindex", "0");
        node.addEventListener("click", () => onTrigger(span.index));
        node.addEventListener("keydown", e => { if (e.key === "Enter") onTrigger(span.index); });
      }
      (open.length ? open[open.length - 1].node : root).append(node);
      open.push({ span, node });
    }
    (open.length ? open[open.length - 1].node : root).append(document.createTextNode(text.slice(from, to)));
  }
  return root;
}

function fact(dl, term, value) {
  dl.append(el("dt", { text: term }), el("dd", {}, value instanceof Node ? value : describe(value)));
}

/** Renders a document into container. openEvent(id) shows a corpus event. */
export function renderArticle(container, doc, openEvent) {
  clear(container);
  const text = doc.text ?? "";
  const spans = documentSpans(doc);
  const href = safeHttpUrl(doc.url);
  container.append(
    el("h2", { id: "article-title", text: doc.title || doc.id }),
    el("p", { class: "article-meta" },
      [doc.source, doc.date, doc.lang].filter(Boolean).join(" · "),
      href ? " · " : "", href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", text: "original" }) : "",
      el("span", { class: "muted", text: ` · id ${doc.id}` })));

  // Legend: one switch per kind (with its count), to show or hide that kind's highlights.
  const body = highlightedText(text, spans, index => {
    const card = container.querySelector(`#doc-event-${index}`);
    if (card) { card.scrollIntoView({ block: "nearest" }); card.focus(); }
  });
  const legend = el("fieldset", { class: "kinds" }, el("legend", { text: "Highlights" }));
  for (const { kind, label } of KINDS) {
    const count = spans.filter(s => s.kind === kind).length;
    const box = el("input", { type: "checkbox", checked: true, "data-kind": kind });
    box.addEventListener("change", () => body.classList.toggle(`hide-${kind}`, !box.checked));
    legend.append(el("label", { class: `kind-switch` }, box, el("span", { class: `hl hl-${kind}`, text: label }), el("span", { class: "count", "data-kind": kind, text: ` ${count}` })));
  }
  container.append(legend, body);

  const events = doc.events ?? [];
  container.append(el("h3", { text: `Events in this article (${events.length})` }));
  if (events.length === 0) container.append(el("p", { class: "muted", text: "The coder found no event in this article." }));
  const list = el("ol", { class: "doc-events" });
  events.forEach((e, i) => {
    const dl = el("dl", { class: "facts" });
    fact(dl, "Trigger", e.trigger);
    fact(dl, "Source", actorText(e.source));
    fact(dl, "Target", actorText(e.target));
    fact(dl, "Code", [e.cameo, e.cameoName].filter(Boolean).join(" "));
    fact(dl, "Date", e.date);
    fact(dl, "Date from", e.dateFrom);
    fact(dl, "Modality", e.modality);
    fact(dl, "Rule", e.rule);
    fact(dl, "Location", placeText(e.location));
    const item = el("li", { id: `doc-event-${i}`, class: "doc-event", tabindex: "-1" },
      el("h4", { text: `${actorText(e.source)} → ${actorText(e.target)}: ${[e.cameo, e.cameoName].filter(Boolean).join(" ")}` }), dl);
    if (e.corpusEventId !== undefined && e.corpusEventId !== null) {
      item.append(el("button", { type: "button", class: "link", onclick: () => openEvent(e.corpusEventId), text: "Corpus event: all its mentions" }));
    }
    list.append(item);
  });
  container.append(list);
}
