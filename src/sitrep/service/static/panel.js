// The side panel: one event with its source text and evidence highlighted, and the
// contradictions table. Every value from the data goes in with textContent, never as HTML.
"use strict";

window.SitrepPanel = (function () {
  const PRIORITY = ["figure", "claimant", "actor", "place", "date", "type", "other"];
  const KEYS = [["type", "event type"], ["actor", "actor"], ["place", "place"], ["date", "date"],
                ["figure", "figures"], ["claimant", "claimant"]];

  function node(tag, text, cls) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = String(text);
    if (cls) el.className = cls;
    return el;
  }

  // The text cut at every span edge; each piece covered by spans becomes a <mark>
  // that names its fields and its offsets in the body.
  function highlighted(text, spans) {
    const box = node("div", null, "source-text");
    const edges = new Set([0, text.length]);
    spans.forEach(s => { edges.add(s.start); edges.add(s.end); });
    const cuts = Array.from(edges).sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i], b = cuts[i + 1];
      const over = spans.filter(s => s.start <= a && s.end >= b);
      const piece = text.slice(a, b);
      if (!over.length) { box.appendChild(document.createTextNode(piece)); continue; }
      const kinds = over.map(s => s.kind);
      const kind = PRIORITY.find(k => kinds.includes(k)) || "other";
      const fields = Array.from(new Set(over.map(s => s.field))).sort();
      const mark = node("mark", piece, "ev k-" + kind);
      mark.dataset.start = String(a);
      mark.dataset.end = String(b);
      mark.dataset.fields = fields.join(" ");
      mark.title = fields.join(", ");
      box.appendChild(mark);
    }
    return box;
  }

  function row(table, label, value) {
    if (value === null || value === undefined || value === "") return;
    const tr = node("tr");
    tr.appendChild(node("th", label));
    tr.appendChild(node("td", value));
    table.appendChild(tr);
  }

  function showEvent(detail, box) {
    const e = detail.event;
    box.textContent = "";
    box.dataset.eventId = e.event_id;
    box.appendChild(node("p", `${e.event_type}: ${e.sub_event_type}`, "ev-head"));
    const table = node("table", null, "fields");
    row(table, "date", e.event_date ? `${e.event_date} (precision ${e.time_precision})` : "unknown");
    row(table, "actor 1", e.actor1);
    row(table, "actor 2", e.actor2);
    row(table, "place", [e.location, e.admin1, e.country].filter(Boolean).join(", "));
    row(table, "fatalities", e.fatalities);
    row(table, "injuries", e.injuries);
    row(table, "displaced", e.displaced);
    row(table, "source", e.source);
    row(table, "PLOVER", e.plover ? [e.plover.event, e.plover.mode].filter(Boolean).join(" / ") : "");
    const derived = Object.keys(e.derived || {}).sort().map(k => `${k}: ${e.derived[k]}`);
    row(table, "inferred", derived.join("; "));
    row(table, "event id", e.event_id);
    box.appendChild(table);
    const keys = node("div", null, "keys");
    KEYS.forEach(([kind, label]) => keys.appendChild(node("mark", label, "ev k-" + kind)));
    box.appendChild(keys);
    const a = detail.article;
    if (!a) { box.appendChild(node("p", "The source article is not in this store.", "empty")); return; }
    const meta = [a.source, a.published, a.title].filter(Boolean).join(" · ");
    box.appendChild(node("p", meta || a.id, "source-meta"));
    box.appendChild(highlighted(a.text, detail.spans));
  }

  // One row per source's value: the cluster and field where the sources disagree.
  function showContradictions(data, box) {
    box.textContent = "";
    if (!data.items.length) {
      box.appendChild(node("p", data.note || "No contradictions between sources.", "empty"));
      return;
    }
    const cols = ["cluster", "field", "value", "claimant", "source", "article"];
    const table = node("table", null, "contra");
    const head = node("tr");
    cols.forEach(c => head.appendChild(node("th", c)));
    table.appendChild(head);
    data.items.forEach(item => (item.values || []).forEach(v => {
      const tr = node("tr");
      [item.cluster_id, item.field, v.value, v.claimant, v.source, v.article_id]
        .forEach(cell => tr.appendChild(node("td", cell === null || cell === undefined ? "" : cell)));
      table.appendChild(tr);
    }));
    box.appendChild(table);
  }

  return { showEvent, showContradictions, node };
})();
