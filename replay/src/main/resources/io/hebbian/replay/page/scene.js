// 3-D scene: one lane per recorded run, robots built from the trajectory's link shapes (z up).
import * as THREE from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

const LANE_COLOURS = [0x2f6db5, 0xc2452d, 0x2e8b57, 0x8e44ad, 0xd68910, 0x17a2b8];

function shapeGeometry(s) {
  const [a, b, c] = s.sizeM;
  switch (s.type) {
    case 'sphere': return new THREE.SphereGeometry(a, 16, 12);
    case 'capsule': return new THREE.CapsuleGeometry(a, b, 4, 12).rotateX(Math.PI / 2);
    case 'cylinder': return new THREE.CylinderGeometry(a, a, b, 16).rotateX(Math.PI / 2);
    case 'box': return new THREE.BoxGeometry(a, b, c);
    default: throw new Error('unknown shape type ' + s.type);
  }
}

/** Lateral size of a run's robot in frame 0, metres (for lane spacing). */
function robotWidth(run) {
  const p = run.frames[0].linkPositionsM;
  let lo = Infinity, hi = -Infinity;
  for (let i = 1; i < p.length; i += 3) { lo = Math.min(lo, p[i]); hi = Math.max(hi, p[i]); }
  return Math.max(0.3, hi - lo);
}

class RunView {
  constructor(run, index, laneY) {
    this.run = run;
    this.colour = LANE_COLOURS[index % LANE_COLOURS.length];
    this.lane = new THREE.Group();
    this.lane.position.y = laneY;
    const body = new THREE.MeshStandardMaterial({ color: this.colour, roughness: 0.55, metalness: 0.1 });
    const torso = new THREE.MeshStandardMaterial({ color: 0x444444, roughness: 0.5 });
    this.links = run.links.map((link, b) => {
      const g = new THREE.Group();
      for (const s of link.shapes) {
        const m = new THREE.Mesh(shapeGeometry(s), b === 0 ? torso : body);
        m.position.fromArray(s.positionM);
        const [w, x, y, z] = s.quaternion;
        m.quaternion.set(x, y, z, w);
        g.add(m);
      }
      this.lane.add(g);
      return g;
    });
    const n = run.frames.length;
    const trail = new Float32Array(3 * n);
    run.frames.forEach((f, i) => {
      trail[3 * i] = f.linkPositionsM[0];
      trail[3 * i + 1] = f.linkPositionsM[1];
      trail[3 * i + 2] = 0.002;
    });
    const tg = new THREE.BufferGeometry();
    tg.setAttribute('position', new THREE.BufferAttribute(trail, 3));
    this.trail = new THREE.Line(tg, new THREE.LineBasicMaterial({ color: this.colour }));
    this.lane.add(this.trail);
    const marker = new THREE.Mesh(new THREE.RingGeometry(0.03, 0.045, 24),
      new THREE.MeshBasicMaterial({ color: this.colour, side: THREE.DoubleSide }));
    marker.position.set(trail[0], trail[1], 0.001);
    this.lane.add(marker);
  }

  /** Poses the robot at frame i (clamped to the run's last frame); returns that frame. */
  pose(i) {
    const f = this.run.frames[Math.min(i, this.run.frames.length - 1)];
    const p = f.linkPositionsM, q = f.linkQuaternions;
    this.links.forEach((g, b) => {
      g.position.set(p[3 * b], p[3 * b + 1], p[3 * b + 2]);
      g.quaternion.set(q[4 * b + 1], q[4 * b + 2], q[4 * b + 3], q[4 * b]);
    });
    this.trail.geometry.setDrawRange(0, Math.min(i, this.run.frames.length - 1) + 1);
    return f;
  }

  torso(i) {
    const f = this.run.frames[Math.min(i, this.run.frames.length - 1)];
    return new THREE.Vector3(f.linkPositionsM[0], f.linkPositionsM[1] + this.lane.position.y, f.linkPositionsM[2]);
  }
}

class Scene3d {
  constructor(canvas, runs) {
    this.canvas = canvas;
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
    this.scene = new THREE.Scene();
    this.scene.background = new THREE.Color(0xeef1f5);
    this.scene.add(new THREE.HemisphereLight(0xffffff, 0x8d8d8d, 2.2));
    const sun = new THREE.DirectionalLight(0xffffff, 2.0);
    sun.position.set(3, -4, 6);
    this.scene.add(sun);
    const lane = Math.max(1.0, 2.4 * Math.max(...runs.map(robotWidth)));
    this.views = runs.map((r, k) => new RunView(r, k, -k * lane));
    this.views.forEach(v => this.scene.add(v.lane));
    let maxX = 2, minX = -1;
    for (const r of runs) for (const f of r.frames) {
      maxX = Math.max(maxX, f.linkPositionsM[0]); minX = Math.min(minX, f.linkPositionsM[0]);
    }
    const size = Math.ceil(Math.max(maxX - minX, lane * runs.length) + 4);
    const grid = new THREE.GridHelper(2 * size, 2 * size * 4, 0x99a3ad, 0xccd3da);
    grid.rotation.x = Math.PI / 2;
    grid.position.set((maxX + minX) / 2, 0, 0);
    this.scene.add(grid);
    const ground = new THREE.Mesh(new THREE.PlaneGeometry(4 * size, 4 * size),
      new THREE.MeshStandardMaterial({ color: 0xf7f8fa, roughness: 1 }));
    ground.position.set(grid.position.x, 0, -0.001);
    this.scene.add(ground);
    this.camera = new THREE.PerspectiveCamera(45, 1, 0.01, 200);
    this.camera.up.set(0, 0, 1);
    const centre = this.centre(0);
    this.camera.position.set(centre.x - 1.6, centre.y - 2.4 - lane * runs.length * 0.6, centre.z + 1.3);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.target.copy(centre);
    this.controls.update();
    this.follow = true;
    this.lastCentre = centre;
  }

  centre(i) {
    const c = new THREE.Vector3();
    this.views.forEach(v => c.add(v.torso(i)));
    return c.multiplyScalar(1 / this.views.length);
  }

  resize() {
    const w = this.canvas.clientWidth, h = this.canvas.clientHeight;
    if (w > 0 && h > 0 && (this.canvas.width !== Math.floor(w * this.renderer.getPixelRatio())
        || this.canvas.height !== Math.floor(h * this.renderer.getPixelRatio()))) {
      this.renderer.setSize(w, h, false);
      this.camera.aspect = w / h;
      this.camera.updateProjectionMatrix();
    }
  }

  /** Poses every run at frame i and draws; returns the runs' frames. */
  render(i) {
    const frames = this.views.map(v => v.pose(i));
    const c = this.centre(i);
    if (this.follow) {
      const d = c.clone().sub(this.lastCentre);
      d.z = 0;
      this.camera.position.add(d);
      this.controls.target.add(d);
    }
    this.lastCentre = c;
    this.resize();
    this.controls.update();
    this.renderer.render(this.scene, this.camera);
    return frames;
  }
}
