package com.msprecon.psa.autotask;

import com.msprecon.http.ApiException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Autotask's 10,000 requests per rolling hour belong to the whole database, shared with every other integration
 * of the MSP, and at 100 % the API is suspended for all of them. So each reader, before it reads, counts what is
 * left to read in the run (one count query per entity), estimates the requests that takes, and refuses to start
 * when they would not fit under the threshold less {@code threshold-reserve}; during a long read the threshold
 * is read again, and the read stops (resumably) once the reserve is reached.
 */
final class AutotaskBudget {

	private static final Log log = LogFactory.getLog(AutotaskBudget.class);

	private AutotaskBudget() {
	}

	/** Refuses, with what to do, when the requests {@code estimate} names do not fit in this hour. */
	static void check(AutotaskApi api, String what, RequestEstimate estimate) {
		AutotaskApi.Threshold threshold = api.threshold();
		if (!threshold.known()) {
			log.warn("Autotask ThresholdInformation gave no request count and threshold: the run is not checked "
					+ "against the database's hourly limit");
			return;
		}
		long needed = estimate.requests();
		AutotaskProperties properties = api.properties();
		long available = threshold.limit() - properties.thresholdReserve() - threshold.used();
		if (needed > available) {
			throw new ApiException("Autotask: reading " + what + " needs about " + needed + " requests, but the "
					+ "database has used " + threshold.used() + " of its " + threshold.limit() + " requests in the "
					+ "current hour and recon.autotask.threshold-reserve keeps " + properties.thresholdReserve()
					+ " for the MSP's other integrations. Not started: run again later (the hour is rolling; the "
					+ "rerun resumes here), or lower recon.autotask.threshold-reserve", 0);
		}
		log.info("Autotask: reading " + what + " needs about " + needed + " requests; the database has used "
				+ threshold.used() + " of " + threshold.limit() + " this hour"
				+ (api.busy() ? " (busy: Autotask adds latency, reading at recon.autotask.busy-requests-per-second="
						+ properties.busyRequestsPerSecond() + ")" : ""));
	}

	/** Reads the threshold again during a read; stops before the read eats into the reserve. */
	static void recheck(AutotaskApi api) {
		AutotaskApi.Threshold threshold = api.threshold();
		long reserve = api.properties().thresholdReserve();
		if (threshold.known() && threshold.used() >= threshold.limit() - reserve) {
			throw new ApiException("Autotask: the database has used " + threshold.used() + " of its "
					+ threshold.limit() + " requests in the current hour, into the " + reserve + " that "
					+ "recon.autotask.threshold-reserve keeps for the MSP's other integrations: stopped reading; "
					+ "run again later and the rerun resumes after the last committed record", 0);
		}
	}

	/** The requests a read takes: pages of each listing, one per units query batch. */
	record RequestEstimate(long requests) {

		static long pages(long records, int pageSize) {
			return Math.max(1, (records + pageSize - 1) / pageSize);
		}

		RequestEstimate plus(long more) {
			return new RequestEstimate(requests + more);
		}

	}

}
