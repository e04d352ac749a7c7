package io.hebbian.evolution.es;

/**
 * What one generation produced, for listeners (progress, CSV, plots).
 *
 * @param generation   the generation number (1 = the first completed)
 * @param meanFitness  mean raw fitness of the population (metres for locomotion)
 * @param maxFitness   best raw fitness of the population
 * @param minFitness   worst raw fitness of the population
 * @param sigma        σ used for this generation
 * @param learningRate α used for this generation's update
 * @param updateNorm   Euclidean norm of the step applied to the centre
 */
public record GenerationStats(int generation, double meanFitness, double maxFitness, double minFitness,
                              double sigma, double learningRate, double updateNorm) {
}
