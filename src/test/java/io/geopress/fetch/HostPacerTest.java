package io.geopress.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.FakeTiming;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostPacerTest {
    private static final Duration SECOND = Duration.ofSeconds(1);
    private final FakeTiming timing = new FakeTiming();
    private final HostPacer pacer = new HostPacer(timing, SECOND);

    @Test
    void a_second_request_to_a_host_waits_what_is_left_of_the_second() throws Exception {
        pacer.await("example.com");
        timing.pass(Duration.ofMillis(300));
        pacer.await("EXAMPLE.com");
        assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(700));
    }

    @Test
    void other_hosts_and_requests_after_the_interval_do_not_wait() throws Exception {
        pacer.await("a.example");
        pacer.await("b.example");
        timing.pass(SECOND);
        pacer.await("a.example");
        assertThat(timing.sleeps()).isEmpty();
    }
}
