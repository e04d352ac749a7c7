package io.hebbian.evolution.es;

/**
 * The whole search state between generations: an immutable value (arrays are copied in and out).
 * With the {@link EsConfig} it determines every later generation, so it is all a checkpoint needs.
 *
 * @param generation   generations completed
 * @param sigma        current noise standard deviation
 * @param learningRate current learning rate
 * @param adamStep     Adam's time step (0 for SGD)
 */
public record EsState(int generation, double[] centre, double sigma, double learningRate,
                      double[] adamM, double[] adamV, int adamStep, double bestFitness, double[] bestCandidate) {

    public EsState {
        centre = centre.clone();
        adamM = adamM.clone();
        adamV = adamV.clone();
        bestCandidate = bestCandidate.clone();
        if (adamM.length != centre.length || adamV.length != centre.length || bestCandidate.length != centre.length) {
            throw new IllegalArgumentException("state arrays must all have " + centre.length + " values");
        }
        for (double v : centre) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("centre contains a non-finite value: " + v);
            }
        }
    }

    /** Generation 0 at {@code initial}. */
    public static EsState initial(EsConfig config, double[] initial) {
        int n = initial.length;
        return new EsState(0, initial, config.sigma(), config.learningRate(), new double[n], new double[n], 0,
                Double.NEGATIVE_INFINITY, initial);
    }

    @Override
    public double[] centre() {
        return centre.clone();
    }

    @Override
    public double[] adamM() {
        return adamM.clone();
    }

    @Override
    public double[] adamV() {
        return adamV.clone();
    }

    @Override
    public double[] bestCandidate() {
        return bestCandidate.clone();
    }

    public int dimension() {
        return centre.length;
    }
}
