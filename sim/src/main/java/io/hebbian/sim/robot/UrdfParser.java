package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the parts of a URDF document the simulator uses into plain records, with the JDK's XML
 * parser (external entities disabled). Errors name the file and the element.
 */
final class UrdfParser {

    /** A {@code <collision>} element: shape or mesh, placed by its origin in the link frame. */
    record RawCollision(Optional<Shape> shape, String mesh, Vec3 meshScale, Vec3 xyz, Rot rot) {
    }

    /** A {@code <link>} element. */
    record RawLink(String name, double massKg, Vec3 comXyz, Rot comRot, Optional<double[]> inertia,
                   List<RawCollision> collisions) {
    }

    /** A {@code <joint>} element; limits are NaN for fixed joints. */
    record RawJoint(String name, String type, String parent, String child, Vec3 xyz, Rot rot, Vec3 axis,
                    double lower, double upper, double effort, double velocity) {
    }

    /** The whole robot. */
    record RawRobot(String name, List<RawLink> links, List<RawJoint> joints) {
    }

    private final String source;

    UrdfParser(String source) {
        this.source = source;
    }

    RawRobot parse(InputStream in) throws RobotFormatException {
        Document doc = read(in);
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("robot")) {
            throw error("root element must be <robot>, got <" + root.getTagName() + ">");
        }
        List<RawLink> links = new ArrayList<>();
        List<RawJoint> joints = new ArrayList<>();
        for (Element e : children(root, "link")) {
            links.add(link(e));
        }
        for (Element e : children(root, "joint")) {
            joints.add(joint(e));
        }
        if (links.isEmpty()) {
            throw error("<robot> has no <link> elements");
        }
        return new RawRobot(root.getAttribute("name").isEmpty() ? source : root.getAttribute("name"), links, joints);
    }

    private Document read(InputStream in) throws RobotFormatException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in);
        } catch (SAXException e) {
            throw error("not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new RobotFormatException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    private RawLink link(Element e) throws RobotFormatException {
        String name = required(e, "name", "<link>");
        String where = "link '" + name + "'";
        double mass = 0;
        Vec3 com = Vec3.ZERO;
        Rot comRot = Rot.IDENTITY;
        Optional<double[]> inertia = Optional.empty();
        Element inertial = child(e, "inertial");
        if (inertial != null) {
            Element m = child(inertial, "mass");
            if (m == null) {
                throw error(where + ": <inertial> needs <mass value=...>");
            }
            mass = number(m, "value", where + " <mass>");
            if (!(mass >= 0)) {
                throw error(where + ": <mass value> must not be negative, got " + mass);
            }
            Element o = child(inertial, "origin");
            com = o == null ? Vec3.ZERO : vec(o, "xyz", where + " <inertial><origin>", Vec3.ZERO);
            comRot = o == null ? Rot.IDENTITY : rpy(o, where + " <inertial><origin>");
            Element i = child(inertial, "inertia");
            if (i != null) {
                String w = where + " <inertia>";
                inertia = Optional.of(new double[] {number(i, "ixx", w), number(i, "iyy", w), number(i, "izz", w),
                    optional(i, "ixy", w), optional(i, "ixz", w), optional(i, "iyz", w)});
            }
        }
        List<RawCollision> collisions = new ArrayList<>();
        for (Element c : children(e, "collision")) {
            collisions.add(collision(c, where));
        }
        return new RawLink(name, mass, com, comRot, inertia, collisions);
    }

    private RawCollision collision(Element c, String where) throws RobotFormatException {
        Element o = child(c, "origin");
        Vec3 xyz = o == null ? Vec3.ZERO : vec(o, "xyz", where + " <collision><origin>", Vec3.ZERO);
        Rot rot = o == null ? Rot.IDENTITY : rpy(o, where + " <collision><origin>");
        Element g = child(c, "geometry");
        Element s = g == null ? null : firstElement(g);
        if (s == null) {
            throw error(where + ": <collision> needs a <geometry> with a shape");
        }
        String w = where + " <" + s.getTagName() + ">";
        try {
            return switch (s.getTagName()) {
                case "box" -> {
                    Vec3 size = vec(s, "size", w, null);
                    yield new RawCollision(Optional.of(new Shape.Box(size.x(), size.y(), size.z())), "", Vec3.ZERO,
                            xyz, rot);
                }
                case "sphere" -> new RawCollision(Optional.of(new Shape.Sphere(number(s, "radius", w))), "", Vec3.ZERO,
                        xyz, rot);
                case "cylinder" -> new RawCollision(Optional.of(new Shape.Cylinder(number(s, "radius", w),
                        number(s, "length", w))), "", Vec3.ZERO, xyz, rot);
                case "capsule" -> new RawCollision(Optional.of(new Shape.Capsule(number(s, "radius", w),
                        number(s, "length", w))), "", Vec3.ZERO, xyz, rot);
                case "mesh" -> new RawCollision(Optional.empty(), required(s, "filename", w),
                        vec(s, "scale", w, new Vec3(1, 1, 1)), xyz, rot);
                default -> throw error(w + ": unknown geometry; expected box, cylinder, sphere, capsule or mesh");
            };
        } catch (IllegalArgumentException e) {
            throw error(w + ": " + e.getMessage());
        }
    }

    private RawJoint joint(Element e) throws RobotFormatException {
        String name = required(e, "name", "<joint>");
        String where = "joint '" + name + "'";
        String type = required(e, "type", where);
        Element p = child(e, "parent");
        Element c = child(e, "child");
        if (p == null || c == null) {
            throw error(where + ": needs <parent link=...> and <child link=...>");
        }
        String parent = required(p, "link", where + " <parent>");
        String child = required(c, "link", where + " <child>");
        Element o = child(e, "origin");
        Vec3 xyz = o == null ? Vec3.ZERO : vec(o, "xyz", where + " <origin>", Vec3.ZERO);
        Rot rot = o == null ? Rot.IDENTITY : rpy(o, where + " <origin>");
        switch (type) {
            case "fixed":
                return new RawJoint(name, type, parent, child, xyz, rot, new Vec3(1, 0, 0), Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN);
            case "revolute":
                break;
            case "continuous", "prismatic", "floating", "planar":
                throw error(where + ": joint type '" + type + "' is not supported; servo joints must be 'revolute'"
                        + " with limits (or 'fixed')");
            default:
                throw error(where + ": unknown joint type '" + type + "'; expected revolute or fixed");
        }
        Element a = child(e, "axis");
        Vec3 axis = a == null ? new Vec3(1, 0, 0) : vec(a, "xyz", where + " <axis>", new Vec3(1, 0, 0));
        if (axis.norm() < 1e-9) {
            throw error(where + ": <axis xyz> must not be zero");
        }
        Element l = child(e, "limit");
        String lw = where + " <limit>";
        if (l == null) {
            throw error(where + ": revolute joint needs <limit lower upper effort velocity>");
        }
        double lower = number(l, "lower", lw);
        double upper = number(l, "upper", lw);
        double effort = number(l, "effort", lw);
        double velocity = number(l, "velocity", lw);
        if (!(upper > lower) || !(effort > 0) || !(velocity > 0)) {
            throw error(lw + ": need lower < upper and positive effort and velocity, got lower=" + lower + " upper="
                    + upper + " effort=" + effort + " velocity=" + velocity);
        }
        return new RawJoint(name, type, parent, child, xyz, rot, axis.unit(), lower, upper, effort, velocity);
    }

    private Rot rpy(Element o, String where) throws RobotFormatException {
        Vec3 r = vec(o, "rpy", where, Vec3.ZERO);
        return Rot.fromRpy(r.x(), r.y(), r.z());
    }

    private Vec3 vec(Element e, String attr, String where, Vec3 fallback) throws RobotFormatException {
        String v = e.getAttribute(attr).trim();
        if (v.isEmpty()) {
            if (fallback == null) {
                throw error(where + ": missing attribute '" + attr + "'");
            }
            return fallback;
        }
        String[] parts = v.split("\\s+");
        if (parts.length != 3) {
            throw error(where + ": attribute '" + attr + "' needs 3 numbers, got '" + v + "'");
        }
        try {
            return new Vec3(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        } catch (IllegalArgumentException ex) {
            throw error(where + ": attribute '" + attr + "' needs 3 finite numbers, got '" + v + "'");
        }
    }

    private double number(Element e, String attr, String where) throws RobotFormatException {
        String v = e.getAttribute(attr).trim();
        if (v.isEmpty()) {
            throw error(where + ": missing attribute '" + attr + "'");
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException ex) {
            throw error(where + ": attribute '" + attr + "' is not a finite number: '" + v + "'");
        }
    }

    private double optional(Element e, String attr, String where) throws RobotFormatException {
        return e.getAttribute(attr).isBlank() ? 0.0 : number(e, attr, where);
    }

    private String required(Element e, String attr, String where) throws RobotFormatException {
        String v = e.getAttribute(attr).trim();
        if (v.isEmpty()) {
            throw error(where + ": missing attribute '" + attr + "'");
        }
        return v;
    }

    private RobotFormatException error(String message) {
        return new RobotFormatException(source + ": " + message);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && el.getTagName().equals(tag)) {
                out.add(el);
            }
        }
        return out;
    }

    private static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                return el;
            }
        }
        return null;
    }
}
