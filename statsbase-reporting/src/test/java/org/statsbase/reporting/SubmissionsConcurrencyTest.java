package org.statsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.reporting.ReportingFixture.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.SubmissionRefusedException;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;

/** Thread safety: concurrent steps on one submission are serialised; the trail and the snapshots agree. */
class SubmissionsConcurrencyTest {

    @Test
    void concurrentCreatesOfOneSubmissionGiveExactlyOneDraft() throws Exception {
        Trail trail = trail(InMemoryEventStore.create());
        Submissions service = service(trail).build();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Actor who = List.of(FILLER, LEAD, HEAD).get(i % 3);
                Callable<Boolean> create = () -> {
                    start.await();
                    try {
                        service.create(who, K1);
                        return true;
                    } catch (SubmissionRefusedException e) {
                        assertThat(e.errorCode()).isEqualTo(ReportingError.ALREADY_CREATED);
                        return false;
                    }
                };
                results.add(pool.submit(create));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> f : results) {
                created += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(trail.bySubject(K1.subject())).filteredOn(e -> e.outcome() == Outcome.DONE).hasSize(1);
            assertThat(trail.bySubject(K1.subject())).filteredOn(e -> e.outcome() == Outcome.REFUSED)
                    .hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentCyclesOnDifferentSubmissionsAllComplete() throws Exception {
        Trail trail = trail(InMemoryEventStore.create());
        Submissions service = service(trail).build();
        List<SubmissionKey> keys = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            keys.add(SubmissionKey.of(U1, FORM, org.statsbase.core.period.ReportingPeriod.ofMonth(2025, month)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Submission>> results = new ArrayList<>();
            for (SubmissionKey key : keys) {
                results.add(pool.submit(() -> {
                    start.await();
                    service.create(FILLER, key);
                    service.enter(FILLER, key, GOOD);
                    signAll(service, key);
                    service.submit(FILLER, key);
                    return service.accept(TOWNSHIP, key);
                }));
            }
            start.countDown();
            for (Future<Submission> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS).state()).isEqualTo(SubmissionState.ACCEPTED);
            }
            assertThat(trail.verify().intact()).isTrue();
            for (SubmissionKey key : keys) {
                assertThat(Submission.read(trail, key)).isEqualTo(service.state(key));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
