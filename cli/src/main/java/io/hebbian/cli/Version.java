package io.hebbian.cli;

import picocli.CommandLine;

/** Reports the build version from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"hebbian " + (v == null ? "(development build)" : v)};
    }
}
