// Playback: play/pause, speed, time slider, legend; exposes window.replay for tests and exporters.
const data = JSON.parse(document.getElementById('replay-data').textContent);
const runs = data.trajectories;
const period = runs[0].controlPeriodSeconds;
const frameCount = Math.max(...runs.map(r => r.frames.length));
const el = id => document.getElementById(id);
const state = { playing: true, speed: 1, timeS: 0, frame: -1, last: null };

function fail(message) {
  const m = el('message');
  m.hidden = false;
  m.textContent = message;
}

let scene3d = null;
try {
  scene3d = new Scene3d(el('scene'), runs);
} catch (e) {
  fail('Cannot show the 3-D view (WebGL unavailable?): ' + e.message);
}
const panel = new WeightsPanel(runs, el('heatmaps'), el('norms'), el('norm-scale'));
const picker = el('weights-of');
runs.forEach((r, k) => picker.add(new Option(r.morphology, String(k))));
picker.hidden = runs.length < 2;
picker.addEventListener('change', () => { panel.select(Number(picker.value)); panel.show(Math.max(0, state.frame)); });
panel.select(0);

const slider = el('time');
slider.max = String(frameCount - 1);

function hex(c) { return '#' + c.toString(16).padStart(6, '0'); }

function showFrame(i) {
  i = Math.max(0, Math.min(frameCount - 1, i));
  const frames = scene3d ? scene3d.render(i) : runs.map(r => r.frames[Math.min(i, r.frames.length - 1)]);
  if (i === state.frame) return;
  state.frame = i;
  slider.value = String(i);
  const f0 = frames[0];
  el('clock').textContent = `step ${f0.step} / ${frameCount - 1}   t = ${f0.timeSeconds.toFixed(2)} s`;
  el('legend').replaceChildren(...runs.map((r, k) => {
    const row = document.createElement('div');
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = scene3d ? hex(scene3d.views[k].colour) : '#888';
    const ended = frames[k].step < f0.step ? ' (ended)' : '';
    row.append(sw, `${r.morphology}: ${frames[k].distanceM.toFixed(2)} m${ended}`);
    return row;
  }));
  panel.show(i);
}

function setPlaying(p) {
  state.playing = p;
  el('play').textContent = p ? 'Pause' : 'Play';
  state.last = null;
}

el('play').addEventListener('click', () => {
  if (!state.playing && state.frame >= frameCount - 1) state.timeS = 0;
  setPlaying(!state.playing);
});
el('speed').addEventListener('change', e => { state.speed = Number(e.target.value); });
el('follow').addEventListener('change', e => { if (scene3d) scene3d.follow = e.target.checked; });
slider.addEventListener('input', () => {
  setPlaying(false);
  state.timeS = Number(slider.value) * period;
  showFrame(Number(slider.value));
});
document.addEventListener('keydown', e => {
  if (e.code === 'Space' && e.target === document.body) { e.preventDefault(); el('play').click(); }
});

function tick(now) {
  if (state.playing) {
    if (state.last !== null) state.timeS += (now - state.last) / 1000 * state.speed;
    state.last = now;
    const i = Math.floor(state.timeS / period);
    if (i >= frameCount - 1) setPlaying(false);
    showFrame(i);
  } else if (scene3d) {
    scene3d.render(state.frame);
  }
  requestAnimationFrame(tick);
}

showFrame(0);
window.replay = {
  frameCount,
  get frame() { return state.frame; },
  setFrame(i) { setPlaying(false); state.timeS = i * period; showFrame(i); },
  pause() { setPlaying(false); },
  ready: true,
};
requestAnimationFrame(tick);
