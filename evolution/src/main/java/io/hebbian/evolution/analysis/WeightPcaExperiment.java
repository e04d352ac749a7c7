package io.hebbian.evolution.analysis;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.env.Rollouts;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The paper's weight-trajectory PCA: all weights of one episode per morphology, sampled every
 * {@code stride} steps, centred, projected on their first three principal components (EJML SVD).
 */
public final class WeightPcaExperiment {

    /** One sample's coordinates on PC1..PC3. */
    public record Point(int morphology, int step, double pc1, double pc2, double pc3) {
    }

    /** The points and the fraction of variance each of the three components explains. */
    public record Result(List<Point> points, double[] explainedVariance) {
    }

    private final Rollouts rollouts;

    public WeightPcaExperiment(Rollouts rollouts) {
        this.rollouts = rollouts;
    }

    public Result run(List<Morphology> morphologies, int stride, long seed, int threads) throws InterruptedException {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be >= 1, got " + stride);
        }
        var runs = rollouts.run(morphologies, 1, seed, threads, (p, m, r) -> new WeightRecorder(s -> s % stride == 0));
        List<double[]> rows = new ArrayList<>();
        List<int[]> ids = new ArrayList<>();
        for (int m = 0; m < runs.size(); m++) {
            for (WeightRecorder.Snapshot s : runs.get(m).get(0).hooks().snapshots) {
                rows.add(s.flatten());
                ids.add(new int[] {m, s.step()});
            }
        }
        int n = rows.size();
        int d = rows.get(0).length;
        if (n < 4) {
            throw new IllegalArgumentException("need at least 4 weight samples for a 3-component PCA, got " + n);
        }
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        double[] mean = new double[d];
        for (double[] r : rows) {
            for (int k = 0; k < d; k++) {
                mean[k] += r[k] / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x.unsafe_set(i, k, rows.get(i)[k] - mean[k]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, true, false, true);
        if (!svd.decompose(x)) {
            throw new IllegalStateException("SVD of the weight trajectory did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        double[] sv = svd.getSingularValues();
        SingularOps_DDRM.descendingOrder(u, false, sv, svd.numberOfSingularValues(), null, false);
        double total = 0;
        for (int k = 0; k < svd.numberOfSingularValues(); k++) {
            total += sv[k] * sv[k];
        }
        double[] explained = new double[3];
        for (int c = 0; c < 3; c++) {
            explained[c] = total > 0 ? sv[c] * sv[c] / total : 0;
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new Point(ids.get(i)[0], ids.get(i)[1], u.get(i, 0) * sv[0], u.get(i, 1) * sv[1],
                    u.get(i, 2) * sv[2]));
        }
        return new Result(points, explained);
    }
}
