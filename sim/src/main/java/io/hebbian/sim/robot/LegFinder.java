package io.hebbian.sim.robot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the legs of a robot: each chain of joints leaving the root link, followed to its end.
 * Legs are named by where their first joint sits relative to the root's centre of mass (x forward,
 * y left): {@code left-front}, {@code right-front}, {@code left-back}, {@code right-back}; if that
 * does not give distinct names, {@code leg-1}, {@code leg-2}, ... in joint order.
 */
final class LegFinder {

    private static final List<String> ORDER = List.of("left-front", "right-front", "left-back", "right-back");

    private LegFinder() {
    }

    static List<Leg> legs(Link root, List<Joint> joints) {
        List<List<Joint>> chains = new ArrayList<>();
        for (Joint first : joints) {
            if (!first.parent().equals(root.name())) {
                continue;
            }
            List<Joint> chain = new ArrayList<>();
            chain.add(first);
            Optional<Joint> next = childJoint(joints, first.child());
            while (next.isPresent()) {
                chain.add(next.get());
                next = childJoint(joints, next.get().child());
            }
            chains.add(chain);
        }
        List<String> names = new ArrayList<>();
        for (List<Joint> chain : chains) {
            double x = chain.get(0).anchorM().x() - root.comM().x();
            double y = chain.get(0).anchorM().y() - root.comM().y();
            names.add((y >= 0 ? "left" : "right") + "-" + (x >= 0 ? "front" : "back"));
        }
        Set<String> distinct = new HashSet<>(names);
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            List<Joint> chain = chains.get(i);
            String name = distinct.size() == names.size() ? names.get(i) : "leg-" + (i + 1);
            legs.add(new Leg(name, chain.stream().map(Joint::name).toList(), chain.get(chain.size() - 1).child()));
        }
        if (distinct.size() == names.size()) {
            legs.sort(Comparator.comparingInt(l -> ORDER.indexOf(l.name())));
        }
        return legs;
    }

    private static Optional<Joint> childJoint(List<Joint> joints, String link) {
        return joints.stream().filter(j -> j.parent().equals(link)).findFirst();
    }
}
