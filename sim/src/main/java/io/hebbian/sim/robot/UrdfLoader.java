package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.physics.Pose;
import io.hebbian.sim.robot.UrdfParser.RawCollision;
import io.hebbian.sim.robot.UrdfParser.RawJoint;
import io.hebbian.sim.robot.UrdfParser.RawLink;
import io.hebbian.sim.robot.UrdfParser.RawRobot;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a robot from URDF: box, cylinder, sphere and capsule collisions; meshes approximated by
 * their STL bounding box (or, failing that, the box matching the link's inertia) with a warning;
 * inertial tags; revolute joints with limit, effort and velocity; fixed joints merged into their
 * parent. Legs are the revolute chains leaving the root, named by where they attach
 * ({@code left-front} for +x, +y with x forward). An IMU link named {@code imu_link} or {@code imu}
 * sets the IMU mount. Initial joint angles are 0, clamped into the limits.
 */
public final class UrdfLoader {

    private static final Logger LOG = LoggerFactory.getLogger(UrdfLoader.class);

    private UrdfLoader() {
    }

    /** Loads from a stream; meshes are not resolved (approximated from inertia). */
    public static RobotDescription load(InputStream in, String sourceName) throws RobotFormatException {
        return load(in, sourceName, null);
    }

    /**
     * @param baseDir directory relative mesh file names are resolved against, or null
     * @throws RobotFormatException naming the file and element on malformed or unsupported content
     */
    public static RobotDescription load(InputStream in, String sourceName, Path baseDir) throws RobotFormatException {
        RawRobot raw = new UrdfParser(sourceName).parse(in);
        try {
            return new UrdfLoader.Assembly(raw, sourceName, baseDir).build();
        } catch (IllegalArgumentException e) {
            throw new RobotFormatException(sourceName + ": " + e.getMessage(), e);
        }
    }

    /** One load: link frames, merged bodies, joints, legs. */
    private static final class Assembly {
        private final RawRobot raw;
        private final String source;
        private final Path baseDir;
        private final Map<String, RawLink> links = new LinkedHashMap<>();
        private final Map<String, Pose> frames = new HashMap<>();
        private final Map<String, String> bodyOf = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();

        Assembly(RawRobot raw, String source, Path baseDir) {
            this.raw = raw;
            this.source = source;
            this.baseDir = baseDir;
        }

        RobotDescription build() throws RobotFormatException {
            for (RawLink l : raw.links()) {
                if (links.put(l.name(), l) != null) {
                    throw new RobotFormatException(source + ": link '" + l.name() + "' is defined twice");
                }
            }
            for (RawJoint j : raw.joints()) {
                for (String end : List.of(j.parent(), j.child())) {
                    if (!links.containsKey(end)) {
                        throw new RobotFormatException(source + ": joint '" + j.name() + "' refers to unknown link '"
                                + end + "'");
                    }
                }
            }
            String root = rootLink();
            frames.put(root, Pose.IDENTITY);
            bodyOf.put(root, root);
            List<RawJoint> pending = new ArrayList<>(raw.joints());
            while (!pending.isEmpty()) {
                RawJoint j = pending.stream().filter(x -> frames.containsKey(x.parent())).findFirst()
                        .orElseThrow(() -> new RobotFormatException(source + ": joints " + pending.stream()
                                .map(RawJoint::name).toList() + " are not connected to the root link " + root));
                pending.remove(j);
                if (!links.containsKey(j.child())) {
                    throw new RobotFormatException(source + ": joint '" + j.name() + "': unknown child link '"
                            + j.child() + "'");
                }
                frames.put(j.child(), frames.get(j.parent()).compose(new Pose(j.rot(), j.xyz())));
                bodyOf.put(j.child(), j.type().equals("fixed") ? bodyOf.get(j.parent()) : j.child());
            }
            List<Link> bodies = new ArrayList<>();
            for (String body : bodyOf.values().stream().distinct().toList()) {
                bodies.add(body(body));
            }
            List<Joint> joints = new ArrayList<>();
            for (RawJoint j : raw.joints()) {
                if (j.type().equals("revolute")) {
                    Pose f = frames.get(j.child());
                    joints.add(Joint.of(j.name(), bodyOf.get(j.parent()), j.child(), f.translationM(),
                            f.rotation().apply(j.axis()), j.lower(), j.upper(), j.effort(), j.velocity()));
                }
            }
            if (joints.isEmpty()) {
                throw new RobotFormatException(source + ": no revolute joints; a legged robot needs servo joints");
            }
            double[] init = new double[joints.size()];
            for (int k = 0; k < init.length; k++) {
                init[k] = Math.max(joints.get(k).lowerRad(), Math.min(joints.get(k).upperRad(), 0.0));
            }
            for (String w : warnings) {
                LOG.warn(w);
            }
            return new RobotDescription(raw.name(), bodies, joints, LegFinder.legs(bodies.get(0), joints), imu(root),
                    init, warnings);
        }

        private String rootLink() throws RobotFormatException {
            List<String> children = raw.joints().stream().map(RawJoint::child).toList();
            List<String> roots = links.keySet().stream().filter(n -> !children.contains(n)).toList();
            if (roots.size() != 1) {
                throw new RobotFormatException(source + ": expected exactly one root link (a link that is no joint's"
                        + " child), found " + roots);
            }
            return roots.get(0);
        }

        private ImuMount imu(String root) {
            for (String name : List.of("imu_link", "imu")) {
                if (frames.containsKey(name) && bodyOf.get(name).equals(root)) {
                    Pose f = frames.get(name);
                    return new ImuMount(root, f.translationM(), f.rotation());
                }
            }
            return new ImuMount(root, Vec3.ZERO, Rot.IDENTITY);
        }

        /** Merges every URDF link rigidly attached to {@code body} into one {@link Link}. */
        private Link body(String body) {
            List<Geom> geoms = new ArrayList<>();
            double mass = 0;
            Vec3 moment = Vec3.ZERO;
            List<RawLink> parts = links.values().stream().filter(l -> body.equals(bodyOf.get(l.name()))).toList();
            for (RawLink l : parts) {
                Pose f = frames.get(l.name());
                for (RawCollision c : l.collisions()) {
                    geoms.add(geom(l, c, f));
                }
                mass += l.massKg();
                moment = moment.plus(f.apply(l.comXyz()).times(l.massKg()));
            }
            if (!(mass > 0)) {
                warnings.add(source + ": link '" + body + "' has no mass; using 0.01 kg spread over its shapes");
                if (geoms.isEmpty()) {
                    geoms.add(new Geom(new Shape.Sphere(0.01), frames.get(body).translationM(), Rot.IDENTITY));
                }
                return Link.uniform(body, 0.01, geoms);
            }
            Vec3 com = moment.times(1.0 / mass);
            return new Link(body, mass, com, Optional.of(InertiaSum.of(parts, frames, com)), geoms);
        }

        private Geom geom(RawLink l, RawCollision c, Pose f) {
            Rot r = f.rotation().times(c.rot());
            Vec3 p = f.apply(c.xyz());
            if (c.shape().isPresent()) {
                return new Geom(c.shape().get(), p, r);
            }
            Path file = resolve(c.mesh());
            Optional<MeshBounds.Bounds> b = MeshBounds.of(file, c.meshScale());
            if (b.isPresent()) {
                warnings.add(source + ": link '" + l.name() + "': mesh " + c.mesh() + " approximated by its bounding box");
                Vec3 s = b.get().size();
                return new Geom(new Shape.Box(s.x(), s.y(), s.z()), p.plus(r.apply(b.get().centre())), r);
            }
            warnings.add(source + ": link '" + l.name() + "': mesh " + c.mesh()
                    + " not readable as STL; approximated by the box matching the link's inertia");
            return InertiaSum.equivalentBox(l, f);
        }

        private Path resolve(String mesh) {
            if (baseDir == null || mesh.startsWith("package://")) {
                return null;
            }
            String m = mesh.startsWith("file://") ? mesh.substring("file://".length()) : mesh;
            return baseDir.resolve(m);
        }
    }
}
