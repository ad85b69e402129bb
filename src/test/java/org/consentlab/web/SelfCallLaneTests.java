package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A lane of self-calls: a bounded number in flight, a bounded line, and "busy" instead of a stalled thread. */
class SelfCallLaneTests {

	@Test
	void acquireWhenLineIsFullThenBusyAtOnce() {
		SelfCallLane lane = new SelfCallLane(1, 0, Duration.ofMinutes(1));
		lane.acquire();
		long started = System.nanoTime();
		assertThatThrownBy(lane::acquire)
				.isInstanceOf(ServiceBusyException.class)
				.extracting(e -> ((ServiceBusyException) e).messageKey())
				.isEqualTo("error.busy");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		lane.release();
		lane.acquire();
		assertThat(lane.inFlight(1)).isEqualTo(1);
	}

	@Test
	void acquireWhenAPlaceFreesInTimeThenTheWaitingCallGoes() throws Exception {
		SelfCallLane lane = new SelfCallLane(1, 1, Duration.ofSeconds(30));
		lane.acquire();
		CompletableFuture<Void> waiter = CompletableFuture.runAsync(lane::acquire);
		assertThat(waiter).isNotDone();
		lane.release();
		waiter.get(10, TimeUnit.SECONDS);
		assertThat(lane.inFlight(1)).isEqualTo(1);
	}

	@Test
	void acquireWhenNoPlaceFreesInTimeThenBusy() {
		SelfCallLane lane = new SelfCallLane(1, 4, Duration.ofMillis(50));
		lane.acquire();
		assertThatThrownBy(lane::acquire).isInstanceOf(ServiceBusyException.class);
	}
}
