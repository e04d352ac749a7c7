package io.hebbian.evolution.train;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.PolicyModel;

/** Turns a parameter vector into a complete model file (specs, robot, physics, training provenance). */
@FunctionalInterface
public interface ModelExporter {

    /**
     * @param parameters the evolved vector (Not modified)
     * @param training   provenance to record in the file's training section
     */
    PolicyModel export(double[] parameters, ObjectNode training);
}
