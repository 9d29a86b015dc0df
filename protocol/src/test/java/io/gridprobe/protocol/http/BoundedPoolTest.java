package io.gridprobe.protocol.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared pool's queue is bounded: work beyond it runs in the submitting thread, and is counted. */
class BoundedPoolTest {
    @Test
    void aFullQueueMakesTheSubmitterRunTheTaskInsteadOfQueueingWithoutBound() throws Exception {
        try (HttpTransport http = HttpTransport.create("bounded-test", Duration.ofSeconds(1), 1, 2)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch busy = new CountDownLatch(1);
            http.executor().execute(() -> {
                busy.countDown();
                await(release);
            });
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<String>> queued = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                CompletableFuture<String> f = new CompletableFuture<>();
                http.executor().execute(() -> f.complete(Thread.currentThread().getName()));
                queued.add(f);
            }
            String submitter = Thread.currentThread().getName();
            CompletableFuture<String> overflow = new CompletableFuture<>();
            http.executor().execute(() -> overflow.complete(Thread.currentThread().getName()));

            assertThat(overflow).isCompletedWithValue(submitter); // ran here, at once: the queue was full
            assertThat(http.saturations()).isEqualTo(1);
            release.countDown();
            for (CompletableFuture<String> f : queued) {
                assertThat(f.get(5, TimeUnit.SECONDS)).startsWith("bounded-test-http-");
            }
        }
    }

    @Test
    void afterCloseATaskStillRunsSoNoFutureIsLeftPending() throws Exception {
        HttpTransport http = HttpTransport.create("closed-test", Duration.ofSeconds(1), 1, 2);
        http.close();
        CompletableFuture<Boolean> ran = new CompletableFuture<>();
        http.executor().execute(() -> ran.complete(true));
        assertThat(ran).isCompletedWithValue(true);
        assertThat(http.saturations()).isZero();
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
