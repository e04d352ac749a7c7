package io.hebbian.firmware.preflight;

import java.util.List;

/** All findings of one pre-flight run, in the order they were checked. */
public record PreflightReport(List<Finding> findings) {

    public PreflightReport {
        findings = List.copyOf(findings);
    }

    /** True if any finding is a {@link Severity#BLOCKER}. */
    public boolean hasBlocker() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKER);
    }

    /** The blockers only. */
    public List<Finding> blockers() {
        return findings.stream().filter(f -> f.severity() == Severity.BLOCKER).toList();
    }

    /** One line per finding. */
    public List<String> lines() {
        return findings.stream().map(Finding::line).toList();
    }
}
