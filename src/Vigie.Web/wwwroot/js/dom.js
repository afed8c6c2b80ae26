// DOM helpers for the Vigie explorer. Everything the page shows comes from the corpus, and an
// article's text is untrusted input: these helpers only ever set text (textContent, text nodes)
// and attributes, never HTML. No file of the page parses strings as HTML; a test checks.

const SVG_NS = "http://www.w3.org/2000/svg";

function apply(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) {
      // handlers are functions of this code; a string here would be script in an attribute
      if (typeof value !== "function") throw new TypeError(`${key} must be a function`);
      node.addEventListener(key.slice(2), value);
    }
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: el("a", {href, text}, ...children). Strings become text nodes. */
export function el(tag, attrs, ...children) {
  return apply(document.createElement(tag), attrs, children);
}

/** An SVG element, same calling convention as el. */
export function svg(tag, attrs, ...children) {
  return apply(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Removes every child of node (the safe way to empty a container). */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/**
 * A link target that is safe to put in href: only http and https addresses. A document's url
 * comes from the article, and a "javascript:" one would run code when clicked.
 */
export function safeHttpUrl(url) {
  if (typeof url !== "string" || url === "") return null;
  try {
    const u = new URL(url, location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** Number formatting for counts (thin grouping, locale-independent so tests can read it). */
export function fmtCount(n) {
  return Number(n ?? 0).toLocaleString("en-US");
}
