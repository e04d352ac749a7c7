package io.hebbian.firmware.bridge;

import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import java.util.ArrayList;
import java.util.List;

/** The active damage of a bridge: which joints are locked (and where), weakened or limp. */
final class Injuries {

    private final double[] lockedRad;
    private final boolean[] locked;
    private final List<Damage> damage = new ArrayList<>();

    Injuries(int joints) {
        lockedRad = new double[joints];
        locked = new boolean[joints];
    }

    void set(List<Damage> items) {
        damage.clear();
        damage.addAll(items);
    }

    /** The target to send for joint {@code k}: its lock angle if locked, else {@code requestedRad}. */
    double override(int k, double requestedRad) {
        return locked[k] ? lockedRad[k] : requestedRad;
    }

    /** Applies every item to the bus; locked joints keep {@code currentRad} (Not modified). */
    void apply(ServoBus bus, double[] currentRad, ServoConfig config) throws ServoException {
        for (Damage d : damage) {
            switch (d.kind()) {
                case LOCK -> {
                    locked[d.joint()] = true;
                    lockedRad[d.joint()] = currentRad[d.joint()];
                }
                case WEAK -> {
                    if (!bus.setStrength(d.joint(), d.strength())) {
                        throw new ServoException("this protocol cannot weaken joints (" + config.protocol()
                                + "): use lock or limp for " + d.name());
                    }
                }
                case LIMP -> bus.setTorque(d.joint(), false);
            }
        }
    }

    /** Undoes every item (restoring strength and torque on the bus if {@code live}) and forgets them. */
    void clear(ServoBus bus, boolean live) throws ServoException {
        for (Damage d : damage) {
            locked[d.joint()] = false;
            if (live && d.kind() == DamageKind.WEAK) {
                bus.setStrength(d.joint(), 1.0);
            } else if (live && d.kind() == DamageKind.LIMP) {
                bus.setTorque(d.joint(), true);
            }
        }
        damage.clear();
    }

    /** Marks the limp joints (torque off on purpose) in {@code out} (Modified). */
    void limp(boolean[] out) {
        java.util.Arrays.fill(out, false);
        for (Damage d : damage) {
            if (d.kind() == DamageKind.LIMP) {
                out[d.joint()] = true;
            }
        }
    }

    List<String> specs() {
        return damage.stream().map(Damage::spec).toList();
    }
}
