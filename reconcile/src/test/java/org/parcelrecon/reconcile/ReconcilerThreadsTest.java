package org.parcelrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/** A host bounds a run's CPU with the parallelism setting: the run's work happens on its own threads only. */
class ReconcilerThreadsTest {
    @TempDir
    Path dir;

    /** A host rule that notes the thread every record is checked on. */
    static final class ThreadNotingRule implements Rule {
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public String id() {
            return "THREAD_NOTING";
        }

        @Override
        public String description() {
            return "Notes threads.";
        }

        @Override
        public List<Finding> check(Evidence evidence) {
            threads.add(Thread.currentThread().getName());
            return List.of();
        }
    }

    @Test
    void recordsAreCheckedOnTheRunsOwnWorkersNotTheCommonPool() throws IOException {
        ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(600).withSeed(9)).generate(dir);
        ThreadNotingRule rule = new ThreadNotingRule();
        Set<String> sinkThreads = ConcurrentHashMap.newKeySet();
        Reconciler.of(ReconcileSettings.defaults().withParallelism(2).withRules(List.of(rule)))
                .run(ReconcilerEndToEndTest.input(dir), RunProgress.NONE,
                        c -> sinkThreads.add(Thread.currentThread().getName()));
        assertThat(rule.threads).isNotEmpty().allMatch(t -> t.startsWith("parcelrecon-worker-"));
        assertThat(sinkThreads).hasSize(1);
    }
}
