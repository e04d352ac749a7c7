package io.hebbian.evolution.eval;

import java.io.Serializable;

/**
 * An episode's fitness, term by term: the distance walked minus each enabled cost (all in metres of
 * fitness; a cost is 0 when its weight is 0). {@link #fitness()} is their sum, the value evolution
 * maximises.
 *
 * @param distanceM      torso displacement along +x, metres
 * @param actionRateCost weight × Σ over steps of mean |Δtarget| as a fraction of the joint range
 * @param saturationCost weight × Σ over steps of the fraction of outputs with |a| &gt; 0.95
 * @param energyCost     weight × mechanical work at the joints, joules
 * @param idleLegCost    weight × steps × the least-used foot's shortfall below
 *                       {@link io.hebbian.evolution.problem.FitnessWeights#USED_LEG_CONTACT} of steps on the ground
 */
public record FitnessTerms(double distanceM, double actionRateCost, double saturationCost, double energyCost,
                           double idleLegCost) implements Serializable {

    /** The columns these terms add to a training log, in this order. */
    public static final String CSV_COLUMNS = "distance,actionRateCost,saturationCost,energyCost,idleLegCost";

    public static final FitnessTerms ZERO = new FitnessTerms(0, 0, 0, 0, 0);

    /** Distance only, no costs (the paper's fitness). */
    public static FitnessTerms distance(double metres) {
        return new FitnessTerms(metres, 0, 0, 0, 0);
    }

    /** Distance minus every cost. */
    public double fitness() {
        return distanceM - actionRateCost - saturationCost - energyCost - idleLegCost;
    }

    public FitnessTerms plus(FitnessTerms o) {
        return new FitnessTerms(distanceM + o.distanceM, actionRateCost + o.actionRateCost,
                saturationCost + o.saturationCost, energyCost + o.energyCost, idleLegCost + o.idleLegCost);
    }

    public FitnessTerms times(double f) {
        return new FitnessTerms(distanceM * f, actionRateCost * f, saturationCost * f, energyCost * f,
                idleLegCost * f);
    }
}
