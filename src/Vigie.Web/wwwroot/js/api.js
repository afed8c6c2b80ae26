// The JSON API of `vigie serve`. Every call goes to the server that served the page.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // an error page that is not JSON: reported below by its status
  }
  if (!response.ok) {
    const message = body && typeof body.error === "string" ? body.error : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

/** Query string from a filter object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && String(value) !== "") q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const api = {
  events: params => getJson(`api/events${query(params)}`),
  event: id => getJson(`api/events/${encodeURIComponent(id)}`),
  document: id => getJson(`api/documents/${encodeURIComponent(id)}`),
  actors: q => getJson(`api/actors${query({ q })}`),
  stats: params => getJson(`api/stats${query(params)}`),
};

// Map data drawn offline (tools/web/build-world-map.sh), loaded once.
let worldPromise = null;
export function world() {
  worldPromise ??= getJson("data/world.json");
  return worldPromise;
}
