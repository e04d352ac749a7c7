// Weights panel: per-layer heatmap at the current step (nearest earlier snapshot) and the norm curves.
const LAYER_COLOURS = ['#2f6db5', '#c2452d', '#2e8b57', '#8e44ad', '#d68910', '#17a2b8'];
const HEATMAP_WIDTH_PX = 170;

function decodeLevels(b64) {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k);
  return out;
}

/** Diverging colour for v in [-1, 1]: blue, white, red. */
function diverging(v, rgb) {
  const t = Math.max(-1, Math.min(1, v));
  if (t < 0) { rgb[0] = 255 * (1 + t) + 33 * -t; rgb[1] = 255 * (1 + t) + 102 * -t; rgb[2] = 255 * (1 + t) + 172 * -t; }
  else { rgb[0] = 255 * (1 - t) + 178 * t; rgb[1] = 255 * (1 - t) + 24 * t; rgb[2] = 255 * (1 - t) + 43 * t; }
}

class WeightsPanel {
  constructor(runs, heatmapsDiv, normsCanvas, scaleLabel) {
    this.runs = runs;
    this.div = heatmapsDiv;
    this.norms = normsCanvas;
    this.scaleLabel = scaleLabel;
    this.run = null;
    this.shown = -1;
    this.decoded = new Map();
  }

  select(runIndex) {
    this.run = this.runs[runIndex];
    this.shown = -1;
    this.decoded.clear();
    this.div.replaceChildren();
    this.maps = this.run.layers.map((shape, l) => {
      const fig = document.createElement('figure');
      const c = document.createElement('canvas');
      c.width = shape.in;
      c.height = shape.out;
      const scale = Math.max(1, Math.floor(HEATMAP_WIDTH_PX / Math.max(shape.in, shape.out / 2)));
      c.style.width = (shape.in * scale) + 'px';
      c.style.height = (shape.out * scale) + 'px';
      c.title = `layer ${l + 1}: ${shape.out} outputs (rows) x ${shape.in} inputs (columns)`;
      const cap = document.createElement('figcaption');
      fig.append(c, cap);
      this.div.append(fig);
      return { canvas: c, caption: cap, image: c.getContext('2d').createImageData(shape.in, shape.out) };
    });
    if (this.run.layers.length === 0) this.div.textContent = 'This recording has no network state.';
    this.plotNorms();
  }

  /** Index of the last snapshot at or before step. */
  snapshotAt(step) {
    const s = this.run.weightSnapshots;
    let lo = 0, hi = s.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].step <= step) { best = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return best;
  }

  show(frameIndex) {
    if (!this.run) return;
    const f = this.run.frames[Math.min(frameIndex, this.run.frames.length - 1)];
    const k = this.snapshotAt(f.step);
    if (k >= 0 && k !== this.shown) this.drawSnapshot(k);
    this.shown = k;
    this.drawCursor(frameIndex);
  }

  drawSnapshot(k) {
    const snap = this.run.weightSnapshots[k];
    const rgb = [0, 0, 0];
    snap.layers.forEach((layer, l) => {
      if (!this.decoded.has(k + ':' + l)) this.decoded.set(k + ':' + l, decodeLevels(layer.levels));
      const levels = this.decoded.get(k + ':' + l);
      const span = (layer.maxW - layer.minW) / 255;
      const bound = Math.max(Math.abs(layer.minW), Math.abs(layer.maxW)) || 1;
      const m = this.maps[l];
      const px = m.image.data;
      for (let i = 0; i < levels.length; i++) {
        diverging((layer.minW + levels[i] * span) / bound, rgb);
        px[4 * i] = rgb[0]; px[4 * i + 1] = rgb[1]; px[4 * i + 2] = rgb[2]; px[4 * i + 3] = 255;
      }
      m.canvas.getContext('2d').putImageData(m.image, 0, 0);
      const shape = this.run.layers[l];
      m.caption.textContent = `layer ${l + 1} (${shape.in}→${shape.out}), step ${snap.step}: `
        + `|w| ≤ ${bound.toPrecision(3)}`;
    });
  }

  plotNorms() {
    const frames = this.run.frames;
    const layers = this.run.layers.length;
    const c = document.createElement('canvas');
    c.width = this.norms.width;
    c.height = this.norms.height;
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    this.plot = c;
    if (layers === 0 || frames[0].weightNorms.length === 0) { this.drawCursor(0); return; }
    let lo = Infinity, hi = -Infinity;
    for (const f of frames) for (const v of f.weightNorms) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    const log = lo > 0 && hi / lo > 50;
    const tf = v => log ? Math.log10(v) : v;
    const y0 = log ? Math.log10(lo) : Math.min(0, lo), y1 = Math.max(tf(hi), y0 + 1e-9);
    this.scaleLabel.textContent = log ? '(log scale)' : '';
    const pad = 28, w = c.width - pad - 4, h = c.height - 20;
    this.x = i => pad + w * i / Math.max(1, frames.length - 1);
    const y = v => 4 + h * (1 - (tf(v) - y0) / (y1 - y0));
    g.strokeStyle = '#ccc';
    g.strokeRect(pad, 4, w, h);
    g.fillStyle = '#555';
    g.font = '10px sans-serif';
    g.fillText((log ? Math.pow(10, y1) : y1).toPrecision(3), 0, 12);
    g.fillText((log ? Math.pow(10, y0) : y0).toPrecision(2), 0, h + 4);
    g.fillText('step ' + frames[frames.length - 1].step, c.width - 60, c.height - 4);
    for (let l = 0; l < layers; l++) {
      g.strokeStyle = LAYER_COLOURS[l % LAYER_COLOURS.length];
      g.beginPath();
      frames.forEach((f, i) => { if (i === 0) g.moveTo(this.x(i), y(f.weightNorms[l])); else g.lineTo(this.x(i), y(f.weightNorms[l])); });
      g.stroke();
      g.fillStyle = g.strokeStyle;
      g.fillText('L' + (l + 1), pad + 6 + 22 * l, c.height - 4);
    }
  }

  drawCursor(frameIndex) {
    const g = this.norms.getContext('2d');
    g.drawImage(this.plot, 0, 0);
    if (!this.x) return;
    const x = this.x(Math.min(frameIndex, this.run.frames.length - 1));
    g.strokeStyle = '#000';
    g.beginPath();
    g.moveTo(x, 4);
    g.lineTo(x, this.norms.height - 16);
    g.stroke();
  }
}
