package com.msprecon.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The export's side work: runs beside the caller, ends before the caller goes on, and never hides a failure. */
class SideTaskTests {

	@Test
	void bothPartsRunAtOnceAndTheCallerWaitsForTheSideWork() throws IOException {
		CountDownLatch sideStarted = new CountDownLatch(1);
		CountDownLatch ownDone = new CountDownLatch(1);
		AtomicBoolean sideFinished = new AtomicBoolean();
		AtomicReference<String> sideThread = new AtomicReference<>();
		SideTask side = SideTask.start("export-csv-test", () -> {
			sideThread.set(Thread.currentThread().getName());
			sideStarted.countDown();
			await(ownDone);
			pause(50);
			sideFinished.set(true);
		});
		side.joinAfter(() -> {
			// the side work is under way while the caller's part runs: they overlap
			await(sideStarted);
			ownDone.countDown();
		});
		assertThat(sideFinished).as("finished before joinAfter returned").isTrue();
		assertThat(sideThread.get()).isEqualTo("export-csv-test");
	}

	@Test
	void aFailureOfTheSideWorkFailsTheWholeAfterTheCallersPart() {
		AtomicBoolean ownRan = new AtomicBoolean();
		SideTask side = SideTask.start("side", () -> {
			throw new IOException("disk full writing usage.csv");
		});
		assertThatThrownBy(() -> side.joinAfter(() -> ownRan.set(true))).isInstanceOf(IOException.class)
			.hasMessage("disk full writing usage.csv");
		assertThat(ownRan).isTrue();
	}

	@Test
	void aRuntimeFailureOfTheSideWorkIsThrownAsItIs() {
		SideTask side = SideTask.start("side", () -> {
			throw new UncheckedIOException(new IOException("connection lost"));
		});
		assertThatThrownBy(() -> side.joinAfter(() -> {
		})).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("connection lost");
	}

	@Test
	void anErrorOfTheSideWorkIsThrownAsItIs() {
		SideTask side = SideTask.start("side", () -> {
			throw new OutOfMemoryError("Java heap space");
		});
		assertThatThrownBy(() -> side.joinAfter(() -> {
		})).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
	}

	@Test
	void whenTheCallersPartFailsTheSideWorkIsAwaitedAndBothFailuresAreReported() {
		AtomicBoolean sideFinished = new AtomicBoolean();
		SideTask side = SideTask.start("side", () -> {
			pause(100);
			sideFinished.set(true);
			throw new IOException("csv failed too");
		});
		assertThatThrownBy(() -> side.joinAfter(() -> {
			throw new IOException("workbook failed");
		})).isInstanceOf(IOException.class)
			.hasMessage("workbook failed")
			.satisfies(ex -> assertThat(ex.getSuppressed()).singleElement()
				.satisfies(s -> assertThat(s).hasMessage("csv failed too")));
		assertThat(sideFinished).as("the side work ended before the failure was thrown").isTrue();
	}

	@Test
	void anInterruptWhileWaitingIsKeptForTheCallerAndTheSideWorkStillEnds() throws IOException {
		AtomicBoolean sideFinished = new AtomicBoolean();
		SideTask side = SideTask.start("side", () -> {
			pause(100);
			sideFinished.set(true);
		});
		try {
			side.joinAfter(() -> Thread.currentThread().interrupt());
			assertThat(sideFinished).isTrue();
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
