// The page: filters, the map of events, the event list, the timeline and the side panel.
// Data comes only from this server's API; nothing is fetched from anywhere else.
"use strict";

(function () {
  const COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
  };
  const OTHER = "#7f7f7f";
  const $ = id => document.getElementById(id);
  const node = window.SitrepPanel.node;
  const form = $("filters");
  let fitted = false;

  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 16 }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: geoBoundaries (CC BY 4.0)");
  map.createPane("basemap").style.zIndex = 250;
  const markers = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(markers);

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(r => {
      if (!r.ok) return r.json().catch(() => ({})).then(b => { throw new Error(b.detail || r.statusText); });
      return r.json();
    });
  }

  // Outlines are drawn on one canvas (thousands of polygons), after the events are shown.
  const basemap = L.canvas({ pane: "basemap" });
  function outlines(file, style, minZoom) {
    let layer = null;
    const show = () => {
      if (!layer) return;
      if (map.getZoom() >= minZoom) layer.addTo(map); else layer.remove();
    };
    const load = () => getJSON("/static/basemap/" + file).then(g => {
      layer = L.geoJSON(g, { pane: "basemap", renderer: basemap, interactive: false, style });
      show();
    }).catch(() => {});
    if (minZoom <= map.getZoom()) load();
    else map.on("zoomend", function once() { if (map.getZoom() >= minZoom) { map.off("zoomend", once); load(); } });
    map.on("zoomend", show);
  }

  const legend = $("legend");
  Object.keys(COLORS).forEach(type => {
    const row = node("div");
    const dot = node("span", null, "swatch");
    dot.style.background = COLORS[type];
    row.appendChild(dot);
    row.appendChild(node("span", type));
    legend.appendChild(row);
  });

  function filters(withDates) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (!value.trim()) continue;
      if (!withDates && (key === "since" || key === "until")) continue;
      params.set(key, value.trim());
    }
    return params;
  }

  const timeline = window.SitrepTimeline($("timeline"), (since, until) => {
    $("f-since").value = since;
    $("f-until").value = until;
    load();
  });

  function colour(type) { return COLORS[type] || OTHER; }

  function showMarkers(features) {
    markers.clearLayers();
    const layers = [];
    features.forEach(f => {
      if (!f.geometry) return;
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const m = L.circleMarker([lat, lon], {
        radius: 7, color: "#222", weight: 1, fillColor: colour(p.event_type), fillOpacity: 0.9,
        className: "ev-marker",
      });
      const tip = node("span", `${p.event_date || "undated"} · ${p.event_type} · ${p.location || ""}`);
      m.bindTooltip(tip);
      m.on("click", () => openEvent(p.event_id));
      m.eventId = p.event_id;
      layers.push(m);
    });
    markers.addLayers(layers);
    if (layers.length && !fitted) {
      map.fitBounds(L.featureGroup(layers).getBounds().pad(0.2), { maxZoom: 7 });
      fitted = true;
    }
    return layers.length;
  }

  function showList(features) {
    const list = $("event-list");
    list.textContent = "";
    const sorted = features.slice().sort((a, b) =>
      (b.properties.event_date || "").localeCompare(a.properties.event_date || "") ||
      a.properties.event_id.localeCompare(b.properties.event_id));
    sorted.slice(0, 500).forEach(f => {
      const p = f.properties;
      const li = node("li");
      li.tabIndex = 0;
      li.dataset.eventId = p.event_id;
      const dot = node("span", null, "swatch");
      dot.style.background = colour(p.event_type);
      li.appendChild(dot);
      li.appendChild(node("span", p.event_date || "undated", "date"));
      const deaths = p.fatalities ? ` · ${p.fatalities} killed` : "";
      li.appendChild(node("span", `${p.sub_event_type} · ${p.location || p.country || "?"}${deaths}`));
      li.addEventListener("click", () => openEvent(p.event_id));
      li.addEventListener("keydown", ev => { if (ev.key === "Enter") openEvent(p.event_id); });
      list.appendChild(li);
    });
  }

  function tab(name) {
    document.querySelectorAll(".tabs button").forEach(b => b.classList.toggle("active", b.dataset.tab === name));
    document.querySelectorAll(".tab").forEach(t => t.classList.toggle("active", t.id === "tab-" + name));
  }
  document.querySelectorAll(".tabs button").forEach(b => b.addEventListener("click", () => tab(b.dataset.tab)));

  function openEvent(id) {
    const box = $("tab-event");
    tab("event");
    return getJSON("/api/events/" + encodeURIComponent(id))
      .then(detail => window.SitrepPanel.showEvent(detail, box))
      .catch(err => { box.textContent = ""; box.appendChild(node("p", "Could not load the event: " + err.message, "empty")); });
  }

  function load() {
    const status = $("status");
    status.textContent = "Loading…";
    document.body.dataset.loaded = "0";
    const all = filters(true), undated = filters(false);
    undated.set("by", "day");
    const since = $("f-since").value, until = $("f-until").value;
    $("clear-brush").hidden = !(since || until);
    return Promise.all([getJSON("/api/events.geojson?" + all), getJSON("/api/stats?" + undated)])
      .then(([geo, stats]) => {
        const shown = showMarkers(geo.features);
        showList(geo.features);
        timeline.render(stats.timeline, since || until ? [since || "0000-00-00", until || "9999-99-99"] : null);
        const missing = geo.features.length - shown;
        status.textContent = `${geo.features.length} event${geo.features.length === 1 ? "" : "s"}` +
          (missing ? ` (${missing} without coordinates)` : "") + " on the map";
        status.dataset.events = String(geo.features.length);
        document.body.dataset.loaded = "1";
      })
      .catch(err => { status.textContent = "Could not load events: " + err.message; });
  }

  function facets() {
    return getJSON("/api/stats").then(stats => {
      const fill = (select, buckets) => buckets.forEach(b => {
        if (!b.key) return;
        const option = node("option", `${b.key} (${b.events})`);
        option.value = b.key;
        select.appendChild(option);
      });
      fill($("f-type"), stats.by_type);
      fill($("f-country"), stats.by_country);
    });
  }

  function contradictions() {
    return getJSON("/api/contradictions")
      .then(data => window.SitrepPanel.showContradictions(data, $("tab-contradictions")))
      .catch(err => { $("tab-contradictions").textContent = "Could not load: " + err.message; });
  }

  form.addEventListener("submit", ev => { ev.preventDefault(); fitted = false; load(); });
  $("f-reset").addEventListener("click", () => { form.reset(); fitted = false; load(); });
  $("clear-brush").addEventListener("click", () => {
    $("f-since").value = "";
    $("f-until").value = "";
    timeline.clear();
    load();
  });

  window.sitrep = { map, markers, openEvent, load };
  facets().catch(() => {});
  contradictions();
  load().then(() => {
    outlines("countries.geojson", { color: "#8a8a8a", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 }, 0);
    outlines("admin1.geojson", { color: "#b5b0a5", weight: 0.5, fill: false, dashArray: "2 3" }, 5);
  });
})();
