// The public map: verified cameras drawn on one canvas (100,000 points stay fast), coloured by
// vendor, filtered by vendor, type and street or district, with counts; a click shows the camera
// and its photo.
// Every value is put in the page as text (textContent), never as HTML.
"use strict";

(function () {
  const config = JSON.parse(document.getElementById("config").textContent);
  const COVERED_COLOURS = ["#c0392b", "#e67e22", "#8e44ad", "#d81b60", "#a04000", "#f1c40f"];
  const OTHER_COLOUR = "#2471a3";
  const UNKNOWN_COLOUR = "#7f8c8d";
  const HIT_PIXELS = 9;
  const TOP_PLACES = 10; // streets (and districts) listed: the most cameras first
  // The page's words come from the server, in the page's language (surveyapp/server/
  // pagelanguage.py); counts and dates are written as that language writes them.
  const T = config.texts;
  const LOCALE = config.locale || "en-GB";
  const PLURAL_INDEX = {
    en: (n) => (n === 1 ? 0 : 1),
    fr: (n) => (n <= 1 ? 0 : 1),
    sr: (n) => (n % 10 === 1 && n % 100 !== 11 ? 0
      : n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 10 && n % 100 <= 19) ? 1 : 2),
  };
  function count(n) { return n.toLocaleString(LOCALE); }
  function plural(key, n) {
    const forms = config.plurals[key];
    const index = (PLURAL_INDEX[config.pluralRule] || PLURAL_INDEX.en)(n);
    return forms[Math.min(index, forms.length - 1)].replace("%n", count(n));
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  }
  // A day (YYYY-MM-DD) as the page's language writes it; anything else as it is.
  function day(value) {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    const date = new Date(value + "T00:00:00Z");
    if (isNaN(date.getTime())) return value;
    return date.toLocaleDateString(LOCALE, { year: "numeric", month: "long", day: "numeric",
      timeZone: "UTC" });
  }

  const map = L.map("map", { preferCanvas: true, worldCopyJump: true }).setView([20, 0], 2);
  window.cameraMap = map; // for scripts that drive the page (the browser tests)
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: 19 }).addTo(map);
  }
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  // One canvas above the tiles, redrawn after every move; world pixels at zoom 0 are
  // computed once, so a redraw is a multiply and a compare per camera.
  const PointsLayer = L.Layer.extend({
    initialize: function (state) { this.state = state; },
    onAdd: function (leafletMap) {
      this.canvas = L.DomUtil.create("canvas", "camera-points leaflet-zoom-hide");
      leafletMap.getPanes().overlayPane.appendChild(this.canvas);
      leafletMap.on("moveend zoomend resize viewreset", this.redraw, this);
      this.redraw();
    },
    onRemove: function (leafletMap) {
      L.DomUtil.remove(this.canvas);
      leafletMap.off("moveend zoomend resize viewreset", this.redraw, this);
    },
    redraw: function () {
      const size = map.getSize();
      const ratio = window.devicePixelRatio || 1;
      const canvas = this.canvas;
      canvas.width = size.x * ratio;
      canvas.height = size.y * ratio;
      canvas.style.width = size.x + "px";
      canvas.style.height = size.y + "px";
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      const context = canvas.getContext("2d");
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      const s = this.state;
      const scale = Math.pow(2, map.getZoom()); // world pixels at zoom 0 → at this zoom
      const origin = map.getPixelBounds().min;
      const radius = map.getZoom() >= 14 ? 6 : map.getZoom() >= 10 ? 4.5 : 3;
      const visible = [];
      context.lineWidth = 1;
      context.strokeStyle = "rgba(255,255,255,0.9)";
      for (const colour of s.colourOrder) {
        context.fillStyle = colour;
        context.beginPath();
        const members = s.byColour.get(colour);
        for (let k = 0; k < members.length; k++) {
          const i = members[k];
          if (!s.shown[i]) continue;
          const x = s.wx[i] * scale - origin.x;
          const y = s.wy[i] * scale - origin.y;
          if (x < -radius || y < -radius || x > size.x + radius || y > size.y + radius) continue;
          visible.push(i);
          context.moveTo(x + radius, y);
          context.arc(x, y, radius, 0, 2 * Math.PI);
        }
        context.fill();
        if (radius > 3) context.stroke();
      }
      if (s.selected !== null) {
        const x = s.wx[s.selected] * scale - origin.x;
        const y = s.wy[s.selected] * scale - origin.y;
        context.lineWidth = 3;
        context.strokeStyle = "#111";
        context.beginPath();
        context.arc(x, y, radius + 3, 0, 2 * Math.PI);
        context.stroke();
      }
      s.visible = visible;
      s.scale = scale;
      s.origin = origin;
      document.body.dataset.drawn = String(visible.length);
      if (!window.firstDrawMs && visible.length) window.firstDrawMs = performance.now();
    },
  });

  function text(tag, value, className) {
    const element = document.createElement(tag);
    element.textContent = value;
    if (className) element.className = className;
    return element;
  }

  function vendorKey(p) { return p.vendor_slug || (p.vendor ? "name:" + p.vendor : ""); }

  function popupContent(p) {
    const box = document.createElement("div");
    box.className = "camera-popup";
    box.appendChild(text("h3", p.vendor || T.vendorUnknown));
    if (p.covered) box.appendChild(text("div", T.onCoveredList, "covered"));
    const table = document.createElement("table");
    const rows = [[T.type, p["camera:type"]], [T.what, p["surveillance:type"]],
      [T.mount, p["camera:mount"]], [T.direction, p["camera:direction"]],
      [T.street, p.street], [T.district, p.district],
      [T.model, p.model], [T.operator, p.operator], [T.checked, day(p.check_date)],
      [T.lastSeen, day(p.last_seen)]];
    for (const [label, value] of rows) {
      if (value === null || value === undefined || value === "") continue;
      const row = document.createElement("tr");
      row.appendChild(text("th", label));
      row.appendChild(text("td", String(value)));
      table.appendChild(row);
    }
    box.appendChild(table);
    if (p.photos && p.photos.length) {
      const image = document.createElement("img");
      image.src = p.photos[0];
      image.alt = T.photo;
      image.className = "camera-photo";
      box.appendChild(image);
    }
    return box;
  }

  function build(collection) {
    const features = collection.features.filter(
      (f) => f.geometry && f.geometry.type === "Point");
    const n = features.length;
    const s = {
      features: features, wx: new Float64Array(n), wy: new Float64Array(n),
      shown: new Uint8Array(n).fill(1), colour: new Array(n), byColour: new Map(),
      colourOrder: [], selected: null, visible: [], hiddenVendors: new Set(), type: "",
      place: null, // {kind: "street" | "district", name}
    };
    const vendors = new Map(); // key -> {name, covered, count, colour}
    let coveredIndex = 0;
    for (let i = 0; i < n; i++) {
      const p = features[i].properties;
      const [lon, lat] = features[i].geometry.coordinates;
      // Leaflet's EPSG:3857 pixels at zoom 0, without an object per camera.
      const sin = Math.max(-0.9999, Math.min(0.9999, Math.sin(lat * Math.PI / 180)));
      s.wx[i] = 256 * (0.5 + lon / 360);
      s.wy[i] = 256 * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
      const key = vendorKey(p);
      let vendor = vendors.get(key);
      if (!vendor) {
        const colour = !key ? UNKNOWN_COLOUR
          : p.covered ? COVERED_COLOURS[coveredIndex++ % COVERED_COLOURS.length] : OTHER_COLOUR;
        vendor = { key: key, name: p.vendor || T.vendorUnknown, covered: !!p.covered,
          count: 0, colour: colour };
        vendors.set(key, vendor);
      }
      vendor.count++;
      s.colour[i] = vendor.colour;
      if (!s.byColour.has(vendor.colour)) s.byColour.set(vendor.colour, []);
      s.byColour.get(vendor.colour).push(i);
    }
    // Covered vendors drawn last, on top.
    s.colourOrder = [UNKNOWN_COLOUR, OTHER_COLOUR, ...COVERED_COLOURS]
      .filter((c) => s.byColour.has(c));
    s.vendors = vendors;
    return s;
  }

  function applyFilters(s) {
    let shown = 0;
    const types = new Map();
    s.streets = new Map();
    s.districts = new Map();
    const perVendor = new Map(); // cameras of each vendor that the type and place filters show
    const place = s.place;
    for (let i = 0; i < s.features.length; i++) {
      const p = s.features[i].properties;
      const vendorOk = !s.hiddenVendors.has(vendorKey(p));
      const kind = p["camera:type"] || "";
      const typeOk = !s.type || kind === s.type;
      const placeOk = !place || p[place.kind] === place.name;
      s.shown[i] = vendorOk && typeOk && placeOk ? 1 : 0;
      if (s.shown[i]) shown++;
      if (vendorOk && placeOk) types.set(kind, (types.get(kind) || 0) + 1);
      if (typeOk && placeOk) perVendor.set(vendorKey(p), (perVendor.get(vendorKey(p)) || 0) + 1);
      if (vendorOk && typeOk) { // the counts per place follow the vendor and type filters
        if (p.street) s.streets.set(p.street, (s.streets.get(p.street) || 0) + 1);
        if (p.district) s.districts.set(p.district, (s.districts.get(p.district) || 0) + 1);
      }
    }
    const total = s.features.length;
    document.getElementById("total").textContent = shown === total
      ? plural("total", total)
      : fill(plural("shownOfTotal", total), { shown: count(shown) });
    document.body.dataset.shown = String(shown);
    const list = document.getElementById("types");
    list.replaceChildren();
    for (const [kind, cameras] of [...types.entries()].sort((a, b) => b[1] - a[1])) {
      const item = document.createElement("li");
      const label = document.createElement("label");
      label.appendChild(text("span", kind || T.typeUnknown));
      label.appendChild(text("span", count(cameras), "count"));
      item.appendChild(label);
      list.appendChild(item);
    }
    for (const vendor of s.vendors.values()) {
      if (vendor.countLabel) {
        vendor.countLabel.textContent = count(perVendor.get(vendor.key) || 0);
      }
    }
    placeLists(s);
  }

  // The streets and districts with the most cameras (those matching the search box), each a
  // button that shows its cameras alone; a second click, or "Show all", shows every place.
  function placeLists(s) {
    const search = document.getElementById("place-search").value.trim().toLocaleLowerCase();
    for (const [kind, counts, listId] of [["street", s.streets, "streets"],
      ["district", s.districts, "districts"]]) {
      const list = document.getElementById(listId);
      list.replaceChildren();
      const entries = [...counts.entries()]
        .filter(([name]) => !search || name.toLocaleLowerCase().includes(search))
        .sort((a, b) => (b[1] - a[1]) || a[0].localeCompare(b[0]))
        .slice(0, TOP_PLACES);
      for (const [name, cameras] of entries) {
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "place";
        const chosen = s.place && s.place.kind === kind && s.place.name === name;
        if (chosen) button.classList.add("chosen");
        button.setAttribute("aria-pressed", chosen ? "true" : "false");
        button.dataset.kind = kind;
        button.dataset.name = name;
        button.append(text("span", name, "name"), text("span", count(cameras), "count"));
        button.addEventListener("click", () => s.choosePlace(chosen ? null : { kind, name }));
        item.appendChild(button);
        list.appendChild(item);
      }
      if (!entries.length) list.appendChild(text("li", search ? T.noneMatches : T.none, "hint"));
    }
    document.getElementById("districts-title").hidden = !s.hasDistricts;
    document.getElementById("districts").hidden = !s.hasDistricts;
    const chosenLine = document.getElementById("place-chosen");
    chosenLine.hidden = !s.place;
    document.getElementById("place-name").textContent = s.place ? s.place.name : "";
  }

  function legend(s, layer) {
    const list = document.getElementById("vendors");
    const entries = [...s.vendors.values()].sort(
      (a, b) => (b.covered - a.covered) || (b.count - a.count));
    for (const vendor of entries) {
      const item = document.createElement("li");
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.vendor = vendor.key;
      box.addEventListener("change", () => {
        if (box.checked) s.hiddenVendors.delete(vendor.key);
        else s.hiddenVendors.add(vendor.key);
        applyFilters(s);
        layer.redraw();
      });
      const swatch = text("span", "", "swatch");
      swatch.style.background = vendor.colour;
      vendor.countLabel = text("span", count(vendor.count), "count");
      const name = vendor.covered ? fill(T.covered, { vendor: vendor.name }) : vendor.name;
      label.append(box, swatch, text("span", name), vendor.countLabel);
      item.appendChild(label);
      list.appendChild(item);
    }
    const select = document.getElementById("type");
    const kinds = new Set(s.features.map((f) => f.properties["camera:type"]).filter(Boolean));
    for (const kind of [...kinds].sort()) {
      const option = document.createElement("option");
      option.value = kind;
      option.textContent = kind;
      select.appendChild(option);
    }
    select.addEventListener("change", () => {
      s.type = select.value;
      applyFilters(s);
      layer.redraw();
    });
    // Streets and districts: shown when the server names them (its offline map areas).
    const hasStreets = s.features.some((f) => f.properties.street);
    s.hasDistricts = s.features.some((f) => f.properties.district);
    if (hasStreets || s.hasDistricts) {
      document.getElementById("places").hidden = false;
      document.getElementById("places-source").textContent = config.placesAttribution
        ? fill(T.placesSource, { source: config.placesAttribution }) : "";
      s.choosePlace = (place) => {
        s.place = place;
        s.selected = null;
        map.closePopup();
        applyFilters(s);
        if (place) fitTo(s.features.filter((f, i) => s.shown[i]));
        layer.redraw();
      };
      document.getElementById("place-search").addEventListener("input", () => placeLists(s));
      document.getElementById("place-clear").addEventListener("click", () => s.choosePlace(null));
      placeLists(s);
    }
  }

  function fitTo(features) {
    if (!features.length) return;
    let south = 90, west = 180, north = -90, east = -180;
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      south = Math.min(south, lat); north = Math.max(north, lat);
      west = Math.min(west, lon); east = Math.max(east, lon);
    }
    map.fitBounds([[south, west], [north, east]], { padding: [30, 30], maxZoom: 17,
      animate: false });
  }

  function nearest(s, containerPoint) {
    let best = null;
    let bestDistance = HIT_PIXELS * HIT_PIXELS;
    for (const i of s.visible) {
      const dx = s.wx[i] * s.scale - s.origin.x - containerPoint.x;
      const dy = s.wy[i] * s.scale - s.origin.y - containerPoint.y;
      const distance = dx * dx + dy * dy;
      if (distance <= bestDistance) { best = i; bestDistance = distance; }
    }
    return best;
  }

  // Verified cameras nobody has placed yet are not on the map: the server counts them (a
  // number, no id), and the page says so rather than count fewer than the team verified.
  function unplaced(count) {
    const note = document.getElementById("unplaced");
    const n = Number.isInteger(count) && count > 0 ? count : 0;
    note.textContent = plural("unplaced", n);
    note.hidden = n === 0;
  }

  fetch(config.geojson, { headers: { Accept: "application/geo+json" } })
    .then((response) => {
      if (!response.ok) throw new Error("the server answered " + response.status);
      return response.json();
    })
    .then((collection) => {
      const s = build(collection);
      const layer = new PointsLayer(s);
      applyFilters(s);
      unplaced(collection.unplaced);
      legend(s, layer);
      fitTo(s.features);
      layer.addTo(map);
      map.on("click", (event) => {
        const i = nearest(s, event.containerPoint);
        s.selected = i;
        layer.redraw();
        if (i === null) { map.closePopup(); return; }
        const [lon, lat] = s.features[i].geometry.coordinates;
        L.popup({ maxWidth: 280 }).setLatLng([lat, lon])
          .setContent(popupContent(s.features[i].properties)).openOn(map);
        document.body.dataset.selected = s.features[i].id;
      });
      document.body.dataset.ready = "1";
    })
    .catch((error) => {
      document.getElementById("total").textContent = fill(T.notLoaded,
        { error: error.message });
      document.body.dataset.ready = "error";
    });
})();
