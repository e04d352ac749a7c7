package io.hebbian.replay.trajectory;

import java.util.List;

/**
 * A link as drawn: its name and shapes in its body frame. Frames give each link's body pose.
 *
 * @param name   link name (as in the robot description)
 * @param shapes collision shapes, possibly none (the link is then not drawn)
 */
public record LinkGeometry(String name, List<ShapeGeometry> shapes) {

    public LinkGeometry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("link name must not be blank, got '" + name + "'");
        }
        shapes = List.copyOf(shapes);
    }
}
