package com.msprecon.run;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Which live process works on a run (docs/rules.md §1): the process running a run holds its lease for as long as
 * it runs; every other process can see that, so that {@code recover} and {@code abandon} refuse while it lives
 * and a rerun finding the run marked running can tell a live run from one a dead process left behind.
 */
public interface RunLeases {

	/** Takes the run's lease for this process, or returns empty if a live process holds it. */
	Optional<Lease> acquire(long runId);

	/** The live process that holds the run's lease, described for the operator, or empty if none does. */
	Optional<String> holder(long runId);

	/** A held lease; closing it gives it up. */
	interface Lease extends AutoCloseable {

		@Override
		void close();

	}

	/** This process as the operator finds it: its pid and host (the pod's name in Kubernetes). */
	static String thisProcess() {
		// "pid@host", the JVM's own name for itself
		return "process " + ManagementFactory.getRuntimeMXBean().getName();
	}

}
