package io.hebbian.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrdfLoaderTest {

    @TempDir
    Path dir;

    private static RobotDescription load(String urdf) throws Exception {
        return UrdfLoader.load(new ByteArrayInputStream(urdf.getBytes(StandardCharsets.UTF_8)), "test.urdf");
    }

    private static final String LINK = "<link name=\"%s\"><inertial><mass value=\"0.1\"/>"
            + "<inertia ixx=\"1e-4\" iyy=\"1e-4\" izz=\"1e-4\"/></inertial>"
            + "<collision><geometry><box size=\"0.1 0.1 0.1\"/></geometry></collision></link>";

    private static String robot(String joint) {
        return "<robot name=\"r\">" + LINK.formatted("base") + LINK.formatted("leg") + joint + "</robot>";
    }

    @Test
    void servoQuadLoadsWithTwelveJointsFourLegsAndMergedFeet() throws Exception {
        RobotDescription q = Robots.load("servo-quad");
        assertThat(q.joints()).hasSize(12);
        assertThat(q.jointNames()).startsWith("lf_hip_abd_joint", "lf_hip_flex_joint", "lf_knee_joint");
        assertThat(q.legNames()).containsExactly("left-front", "right-front", "left-back", "right-back");
        assertThat(q.totalMassKg()).isBetween(1.0, 2.0);
        assertThat(q.findLink("lf_foot")).isEmpty();
        assertThat(q.findLink("lf_lower_leg").orElseThrow().geoms()).hasSize(2);
        assertThat(q.joint("lf_knee_joint").maxTorqueNm()).isEqualTo(1.5);
        assertThat(q.joint("lf_knee_joint").maxVelocityRadPerSec()).isEqualTo(6.0);
        assertThat(q.imu().positionM().z()).isEqualTo(0.02);
        assertThat(q.jointAliases()).containsEntry("left-front-hip-abd", "lf_hip_abd_joint")
                .containsEntry("right-back-knee", "rb_knee_joint");
        assertThat(q.defaultObservation().size()).isEqualTo(12 + 12 + 6);
        assertThat(q.warnings()).isEmpty();
    }

    @Test
    void revoluteJointGeometryIsInTheWorldFrame() throws Exception {
        RobotDescription r = load(robot("<joint name=\"j\" type=\"revolute\"><parent link=\"base\"/>"
                + "<child link=\"leg\"/><origin xyz=\"0.2 0 0\" rpy=\"0 0 1.5707963267948966\"/><axis xyz=\"1 0 0\"/>"
                + "<limit lower=\"-1\" upper=\"1\" effort=\"2\" velocity=\"5\"/></joint>"));
        Joint j = r.joint("j");
        assertThat(j.anchorM().x()).isEqualTo(0.2);
        assertThat(j.axis().y()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.findLink("leg").orElseThrow().comM().x()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void malformedXmlNamesTheFile() {
        assertThatThrownBy(() -> load("<robot><link name=\"a\">")).isInstanceOf(RobotFormatException.class)
                .hasMessageContaining("test.urdf").hasMessageContaining("XML");
    }

    @Test
    void unknownAndUnsupportedJointTypesNameTheJoint() {
        assertThatThrownBy(() -> load(robot("<joint name=\"j\" type=\"hinge\"><parent link=\"base\"/>"
                + "<child link=\"leg\"/></joint>"))).isInstanceOf(RobotFormatException.class)
                .hasMessageContaining("joint 'j'").hasMessageContaining("hinge");
        assertThatThrownBy(() -> load(robot("<joint name=\"w\" type=\"continuous\"><parent link=\"base\"/>"
                + "<child link=\"leg\"/></joint>"))).hasMessageContaining("joint 'w'").hasMessageContaining("continuous");
    }

    @Test
    void missingLimitsNameTheJoint() {
        assertThatThrownBy(() -> load(robot("<joint name=\"knee\" type=\"revolute\"><parent link=\"base\"/>"
                + "<child link=\"leg\"/><axis xyz=\"0 1 0\"/></joint>"))).isInstanceOf(RobotFormatException.class)
                .hasMessageContaining("joint 'knee'").hasMessageContaining("<limit");
        assertThatThrownBy(() -> load(robot("<joint name=\"knee\" type=\"revolute\"><parent link=\"base\"/>"
                + "<child link=\"leg\"/><limit lower=\"-1\" upper=\"1\" velocity=\"3\"/></joint>")))
                .hasMessageContaining("joint 'knee' <limit>").hasMessageContaining("effort");
    }

    @Test
    void badGeometryAndUnknownLinksAreClearErrors() {
        assertThatThrownBy(() -> load("<robot><link name=\"a\"><collision><geometry><sphere radius=\"-1\"/>"
                + "</geometry></collision></link></robot>")).hasMessageContaining("link 'a' <sphere>")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> load(robot("<joint name=\"j\" type=\"revolute\"><parent link=\"base\"/>"
                + "<child link=\"foot\"/><limit lower=\"-1\" upper=\"1\" effort=\"1\" velocity=\"3\"/></joint>")))
                .hasMessageContaining("foot");
    }

    @Test
    void meshesBecomeBoundingBoxesWithAWarning() throws Exception {
        Path stl = dir.resolve("leg.stl");
        Files.writeString(stl, "solid leg\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 0.2 0 0\n"
                + "vertex 0 0.1 -0.3\nendloop\nendfacet\nendsolid leg\n");
        Path urdf = dir.resolve("r.urdf");
        Files.writeString(urdf, robot("<joint name=\"j\" type=\"revolute\"><parent link=\"base\"/><child link=\"leg\"/>"
                + "<limit lower=\"-1\" upper=\"1\" effort=\"1\" velocity=\"3\"/></joint>").replace(
                "<link name=\"leg\"><inertial>", "<link name=\"leg\"><collision><geometry><mesh filename=\"leg.stl\"/>"
                        + "</geometry></collision><inertial>"));
        RobotDescription r = Robots.load(urdf.toString());
        assertThat(r.warnings()).anyMatch(w -> w.contains("leg.stl") && w.contains("bounding box"));
        Shape.Box box = (Shape.Box) r.findLink("leg").orElseThrow().geoms().get(0).shape();
        assertThat(box.sizeXM()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(box.sizeZM()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void unknownRobotNameListsTheBuiltIns() {
        assertThatThrownBy(() -> Robots.load("dog")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dog").hasMessageContaining("servo-quad");
    }
}
