package be.buddyflow.support;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** The engine of process unit tests: H2 in memory, with a coverage gate per test class. */
public final class ProcessTestEngine {

    /** Every path of every model is walked; a class that covers less fails the build. */
    public static final double MINIMUM_CLASS_COVERAGE = 1.0;

    private ProcessTestEngine() {
    }

    public static ProcessEngineCoverageExtension withCoverage() {
        return ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
                .assertClassCoverageAtLeast(MINIMUM_CLASS_COVERAGE)
                .build();
    }
}
