// The timeline: one bar per day (events that day), drawn as SVG; drag across it to choose
// a date range. Nothing here touches the page's data beyond the points it is given.
"use strict";

window.SitrepTimeline = function (container, onBrush) {
  const NS = "http://www.w3.org/2000/svg";
  const DAY = 86400000;
  const pad = { left: 34, right: 12, top: 10, bottom: 18 };
  let days = [];        // [{date: "YYYY-MM-DD", events: n}] with no gaps
  let range = null;     // [since, until] chosen, or null
  let svg = null;

  function el(name, attrs) {
    const node = document.createElementNS(NS, name);
    for (const key in attrs) node.setAttribute(key, attrs[key]);
    return node;
  }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function fillGaps(points) {
    if (!points.length) return [];
    const byDay = new Map(points.map(p => [p.period, p.events]));
    const first = Date.parse(points[0].period), last = Date.parse(points[points.length - 1].period);
    const out = [];
    for (let t = first; t <= last; t += DAY) out.push({ date: iso(t), events: byDay.get(iso(t)) || 0 });
    return out;
  }
  function geometry() {
    const width = container.clientWidth || 600, height = container.clientHeight || 120;
    const inner = width - pad.left - pad.right;
    return { width, height, inner, step: days.length ? inner / days.length : inner };
  }
  function dayAt(x) {
    const g = geometry();
    const i = Math.floor((x - pad.left) / g.step);
    return days[Math.max(0, Math.min(days.length - 1, i))].date;
  }

  function draw() {
    container.textContent = "";
    const g = geometry();
    svg = el("svg", { viewBox: `0 0 ${g.width} ${g.height}`, "data-days": days.length });
    container.appendChild(svg);
    if (!days.length) {
      const t = el("text", { x: pad.left, y: g.height / 2 });
      t.textContent = "No dated events.";
      svg.appendChild(t);
      return;
    }
    const max = Math.max(1, ...days.map(d => d.events));
    const plot = g.height - pad.top - pad.bottom;
    const top = el("text", { x: 2, y: pad.top + 8 });
    top.textContent = String(max);
    svg.appendChild(top);
    days.forEach((d, i) => {
      if (!d.events) return;
      const h = Math.max(2, plot * d.events / max);
      const inRange = !range || (d.date >= range[0] && d.date <= range[1]);
      const bar = el("rect", {
        x: pad.left + i * g.step + 0.5, y: pad.top + plot - h, height: h,
        width: Math.max(1, g.step - 1), class: inRange ? "bar" : "bar out", "data-date": d.date,
      });
      const tip = el("title", {});
      tip.textContent = `${d.date}: ${d.events} event${d.events === 1 ? "" : "s"}`;
      bar.appendChild(tip);
      svg.appendChild(bar);
    });
    const labels = Math.min(6, days.length);
    for (let k = 0; k < labels; k++) {
      const i = labels === 1 ? 0 : Math.round(k * (days.length - 1) / (labels - 1));
      const t = el("text", { x: pad.left + i * g.step, y: g.height - 4 });
      t.textContent = days[i].date;
      if (k === labels - 1 && labels > 1) t.setAttribute("text-anchor", "end");
      svg.appendChild(t);
    }
    if (range) {
      const a = days.findIndex(d => d.date >= range[0]);
      let b = days.length - 1;
      while (b >= 0 && days[b].date > range[1]) b--;
      if (a >= 0 && b >= a) {
        svg.appendChild(el("rect", { class: "brush", x: pad.left + a * g.step, y: pad.top,
          width: (b - a + 1) * g.step, height: plot }));
      }
    }
    listen(g, plot);
  }

  function listen(g, plot) {
    let start = null, box = null;
    const xOf = ev => ev.clientX - svg.getBoundingClientRect().left;
    svg.addEventListener("pointerdown", ev => {
      start = xOf(ev);
      box = el("rect", { class: "brush", x: start, y: pad.top, width: 0, height: plot });
      svg.appendChild(box);
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", ev => {
      if (start === null) return;
      const x = xOf(ev);
      box.setAttribute("x", Math.min(start, x));
      box.setAttribute("width", Math.abs(x - start));
    });
    svg.addEventListener("pointerup", ev => {
      if (start === null) return;
      const x = xOf(ev);
      const a = dayAt(Math.min(start, x)), b = dayAt(Math.max(start, x));
      start = null;
      range = [a, b];
      draw();
      onBrush(a, b);
    });
  }

  window.addEventListener("resize", () => draw());
  return {
    render(points, chosen) { days = fillGaps(points); range = chosen; draw(); },
    clear() { range = null; draw(); },
  };
};
