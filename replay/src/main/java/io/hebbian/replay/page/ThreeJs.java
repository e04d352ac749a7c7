package io.hebbian.replay.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * three.js from the {@code org.webjars.npm:three} jar, as an import map of {@code data:} URLs so a
 * page needs no network and no second file. {@code three.module.min.js} imports
 * {@code ./three.core.min.js}, which a {@code data:} URL cannot resolve; that import is redirected
 * to the bare specifier {@value #CORE_SPECIFIER}.
 */
public final class ThreeJs {

    /** The three.js release inlined into pages. */
    public static final String VERSION = "0.181.1";
    static final String CORE_SPECIFIER = "three/core";
    private static final String ROOT = "META-INF/resources/webjars/three/" + VERSION + "/";

    private ThreeJs() {
    }

    /**
     * The import map JSON: {@code three}, {@code three/core} and
     * {@code three/addons/controls/OrbitControls.js}, each a base64 {@code data:} URL.
     *
     * @throws IOException if the three.js jar is not on the class path
     */
    public static String importMap() throws IOException {
        String core = resource("build/three.core.min.js");
        String module = resource("build/three.module.min.js");
        String rewritten = module.replace("\"./three.core.min.js\"", "\"" + CORE_SPECIFIER + "\"")
                .replace("'./three.core.min.js'", "'" + CORE_SPECIFIER + "'");
        if (rewritten.equals(module)) {
            throw new IOException("three.module.min.js " + VERSION + " no longer imports ./three.core.min.js;"
                    + " update ThreeJs for this three.js release");
        }
        Map<String, String> imports = new LinkedHashMap<>();
        imports.put("three", dataUrl(rewritten));
        imports.put(CORE_SPECIFIER, dataUrl(core));
        imports.put("three/addons/controls/OrbitControls.js", dataUrl(resource("examples/jsm/controls/OrbitControls.js")));
        StringBuilder json = new StringBuilder("{\"imports\":{");
        String sep = "";
        for (Map.Entry<String, String> e : imports.entrySet()) {
            json.append(sep).append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
            sep = ",";
        }
        return json.append("}}").toString();
    }

    private static String dataUrl(String js) {
        return "data:text/javascript;base64," + Base64.getEncoder().encodeToString(js.getBytes(StandardCharsets.UTF_8));
    }

    static String resource(String path) throws IOException {
        try (InputStream in = ThreeJs.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IOException("three.js file " + ROOT + path + " is not on the class path (needs"
                        + " org.webjars.npm:three:" + VERSION + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
