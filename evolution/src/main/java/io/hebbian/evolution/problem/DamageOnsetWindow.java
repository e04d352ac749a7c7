package io.hebbian.evolution.problem;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.numeric.Seeds;
import java.util.SplittableRandom;

/**
 * When the damage of a {@value DamageSampler#TOKEN} training episode switches on: the episode starts
 * intact and the drawn joint damage switches on before a control step drawn uniformly from
 * [{@code minStep}, {@code maxStep}], a pure function of the episode seed (so the same on any thread
 * count and cluster member). A drawn body damage cannot switch on mid-episode and is there from step 0.
 *
 * @param minStep earliest onset, control steps, {@code >= 0}
 * @param maxStep latest onset, control steps, {@code >= minStep}
 */
public record DamageOnsetWindow(int minStep, int maxStep) {

    private static final long SALT = 0x0A5E7L;

    public DamageOnsetWindow {
        if (minStep < 0 || maxStep < 0) {
            throw new IllegalArgumentException("onset steps must be >= 0, got " + minStep + "," + maxStep);
        }
        if (minStep > maxStep) {
            throw new IllegalArgumentException("MIN " + minStep + " is after MAX " + maxStep);
        }
    }

    /** Parses {@code MIN,MAX} (control steps); IllegalArgumentException with the expected form. */
    public static DamageOnsetWindow parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected MIN,MAX in control steps, e.g. 100,400");
        }
        try {
            return new DamageOnsetWindow(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected MIN,MAX as whole numbers of control steps, e.g. 100,400", e);
        }
    }

    /** The onset step of the episode with this seed, in [{@code minStep}, {@code maxStep}]. */
    public int draw(long episodeSeed) {
        return new SplittableRandom(Seeds.mix(episodeSeed, SALT)).nextInt(minStep, maxStep + 1);
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("minStep", minStep);
        o.put("maxStep", maxStep);
        return o;
    }

    /** Reads {@link #toJson()}; both keys required, unknown keys are errors. */
    static DamageOnsetWindow fromJson(Fields f) throws FormatException {
        int min = f.integer("minStep");
        int max = f.integer("maxStep");
        return Fields.build(f.path(), () -> new DamageOnsetWindow(min, max));
    }

    @Override
    public String toString() {
        return minStep + "," + maxStep;
    }
}
