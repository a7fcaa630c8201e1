"use strict";
// The replay of a FactoryTwin run: robots and stations over the floor, from the trace embedded in this page.
(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const svgNs = "http://www.w3.org/2000/svg";
  const map = document.getElementById("map");
  // The floor is drawn in metres, so a label's size would follow the floor's scale (5 px on a large warehouse):
  // keep station labels 12 px on screen whatever the scale.
  function sizeLabels() {
    const ctm = map && map.getScreenCTM();
    if (!ctm || !ctm.a) return;
    map.querySelectorAll(".station text").forEach(function (label) { label.style.fontSize = (12 / ctm.a) + "px"; });
  }
  sizeLabels();
  window.addEventListener("resize", sizeLabels);
  if (!map || !data.replay) { window.factoryReport = { ready: true }; return; }
  const replay = data.replay;
  const states = replay.states;
  const colors = replay.colors;
  const robotLayer = document.getElementById("robots");
  const info = document.getElementById("info");
  const slider = document.getElementById("time");
  const clock = document.getElementById("clock");
  const playButton = document.getElementById("play");
  const speedSelect = document.getElementById("speed");
  let now = 0, playing = false, last = null, selected = null;

  // Binary search: the last frame at or before t.
  function frameAt(times, t) {
    let lo = 0, hi = times.length - 1;
    if (t <= times[0]) return 0;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (times[mid] <= t) lo = mid; else hi = mid - 1; }
    return lo;
  }

  // A robot moves in a straight line from a "moving" frame to the next frame; otherwise it stands still.
  function robotAt(robot, t) {
    const f = robot.frames, i = frameAt(f.t, t), s = states[f.s[i]];
    let x = f.x[i], y = f.y[i];
    if ((s === "moving-empty" || s === "moving-loaded") && i + 1 < f.t.length && t > f.t[i]) {
      const k = Math.min(1, (t - f.t[i]) / (f.t[i + 1] - f.t[i]));
      x += k * (f.x[i + 1] - x); y += k * (f.y[i + 1] - y);
    }
    return { x: x, y: y, state: s, battery: f.b[i], load: f.l[i] };
  }

  function machineStateAt(machine, t) { return states[machine.s[frameAt(machine.t, t)]]; }

  const robots = replay.robots.map(function (robot) {
    const dot = document.createElementNS(svgNs, "circle");
    dot.setAttribute("r", replay.robotRadius);
    dot.setAttribute("class", "robot");
    dot.dataset.id = robot.id;
    dot.addEventListener("click", function () { selected = { kind: "robot", item: robot }; show(); });
    robotLayer.appendChild(dot);
    return { data: robot, dot: dot };
  });
  const stations = Array.from(document.querySelectorAll("#map .station")).map(function (g) {
    const machines = replay.machines.filter(function (m) { return m.station === g.dataset.id; });
    const item = { id: g.dataset.id, kind: g.dataset.kind, machines: machines, rect: g.querySelector("rect") };
    g.addEventListener("click", function () { selected = { kind: "station", item: item }; show(); });
    return item;
  });

  function draw() {
    robots.forEach(function (r) {
      const p = robotAt(r.data, now);
      r.dot.setAttribute("cx", p.x.toFixed(3));
      r.dot.setAttribute("cy", p.y.toFixed(3));
      r.dot.setAttribute("fill", colors[p.state] || "#888");
      r.dot.dataset.state = p.state;
    });
    stations.forEach(function (s) {
      if (s.machines.length === 0) return;
      const st = machineStateAt(s.machines[0], now);
      s.rect.setAttribute("fill", colors[st] || "#ddd");
      s.rect.dataset.state = st;
    });
    slider.value = now;
    clock.textContent = format(now);
    if (selected) show();
  }

  // Values come from the result folder, which may be crafted: they are set as text, never parsed as HTML.
  function show() {
    const rows = [];
    if (selected.kind === "robot") {
      const p = robotAt(selected.item, now);
      rows.push(["fleet", selected.item.fleet], ["state", p.state], ["position", p.x.toFixed(1) + ", " + p.y.toFixed(1) + " m"]);
      if (p.battery >= 0) rows.push(["battery", p.battery.toFixed(1) + " %"]);
      rows.push(["carrying", p.load ? "a job" : "nothing"]);
    } else {
      const s = selected.item;
      rows.push(["kind", s.kind]);
      s.machines.forEach(function (m) { rows.push([m.id, machineStateAt(m, now)]); });
    }
    const title = document.createElement("h3");
    title.textContent = selected.item.id;
    info.replaceChildren(title);
    rows.forEach(function (r) { info.appendChild(row(r[0], r[1])); });
    info.dataset.selected = selected.item.id;
  }

  function row(name, value) {
    const div = document.createElement("div"), b = document.createElement("b"), span = document.createElement("span");
    b.textContent = name + ":";
    span.textContent = value;
    div.append(b, " ", span);
    return div;
  }

  function format(t) {
    const h = Math.floor(t / 3600), m = Math.floor((t % 3600) / 60), s = Math.floor(t % 60);
    return h + ":" + String(m).padStart(2, "0") + ":" + String(s).padStart(2, "0") + " (" + t.toFixed(1) + " s)";
  }

  function tick(stamp) {
    if (!playing) { last = null; return; }
    if (last !== null) {
      now = Math.min(replay.end, now + (stamp - last) / 1000 * Number(speedSelect.value));
      if (now >= replay.end) { playing = false; playButton.textContent = "Play"; }
    }
    last = stamp;
    draw();
    if (playing) requestAnimationFrame(tick);
  }

  function play() { if (!playing) { playing = true; playButton.textContent = "Pause"; requestAnimationFrame(tick); } }
  function pause() { playing = false; playButton.textContent = "Play"; }
  playButton.addEventListener("click", function () { if (playing) pause(); else play(); });
  slider.addEventListener("input", function () { now = Number(slider.value); draw(); });

  document.querySelectorAll("input[name=heat]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      document.querySelectorAll("#map .heat").forEach(function (g) { g.style.display = g.dataset.layer === radio.value ? "" : "none"; });
    });
  });

  draw();
  // For tests and scripts: the clock, and what is drawn where.
  window.factoryReport = {
    ready: true,
    time: function () { return now; },
    setTime: function (t) { now = Math.max(0, Math.min(replay.end, t)); draw(); },
    play: play,
    pause: pause,
    robots: function () { return robots.map(function (r) { return { id: r.data.id, x: Number(r.dot.getAttribute("cx")), y: Number(r.dot.getAttribute("cy")), state: r.dot.dataset.state }; }); },
    stations: function () { return stations.map(function (s) { return s.id; }); }
  };
})();
