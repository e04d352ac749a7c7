package io.hebbian.controller.network;

import java.util.Locale;

/**
 * Picks the layer kernel once per process: the Vector API kernel when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the {@code ./hebbian} launcher does) and the CPU has
 * 256-bit vectors, the scalar kernel otherwise. Both give the same bits, so the choice changes
 * speed only. The system property {@code hebbian.kernel=scalar|vector} forces one (vector fails
 * loudly where it cannot run).
 */
public final class LayerKernels {

    /** The module the vector kernel needs. */
    public static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final LayerKernel BEST = choose(System.getProperty("hebbian.kernel", "auto"));

    private LayerKernels() {
    }

    static LayerKernel best() {
        return BEST;
    }

    /** The name of the kernel in use: {@code vector} or {@code scalar}, for benchmarks and logs. */
    public static String active() {
        return BEST == ScalarKernel.INSTANCE ? "scalar" : "vector";
    }

    static LayerKernel choose(String requested) {
        switch (requested.toLowerCase(Locale.ROOT)) {
            case "scalar":
                return ScalarKernel.INSTANCE;
            case "vector":
                LayerKernel v = vectorOrNull();
                if (v == null) {
                    throw new IllegalStateException("hebbian.kernel=vector needs a JVM started with --add-modules "
                            + VECTOR_MODULE + " on a CPU with 256-bit vectors");
                }
                return v;
            case "auto":
                LayerKernel auto = vectorOrNull();
                return auto == null ? ScalarKernel.INSTANCE : auto;
            default:
                throw new IllegalArgumentException("hebbian.kernel must be auto, scalar or vector, got '"
                        + requested + "'");
        }
    }

    private static LayerKernel vectorOrNull() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return null;
        }
        try {
            // by name, so this class links on JVMs without the incubator module
            return (LayerKernel) Class.forName(LayerKernels.class.getPackageName() + ".VectorKernel")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
