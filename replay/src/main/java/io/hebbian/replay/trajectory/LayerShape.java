package io.hebbian.replay.trajectory;

/**
 * The size of one weight layer: {@code out × in} weights, row-major.
 *
 * @param in  inputs, at least 1
 * @param out outputs, at least 1
 */
public record LayerShape(int in, int out) {

    public LayerShape {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("a weight layer needs at least 1 input and 1 output, got " + in
                    + " in x " + out + " out");
        }
    }

    public int synapses() {
        return in * out;
    }
}
