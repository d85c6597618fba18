package com.msprecon.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * What identifies a run (docs/rules.md §1): whose data ({@code msp}), as of which date, which attempt. It is
 * the only place that knows the job parameters' names: every job, command and output gets its run from here.
 *
 * <p>The MSP {@code default} is left out of the job parameters, so that the runs of a single-MSP installation
 * keep the identity they had before {@code msp} existed (their reruns resume and their completed dates are
 * refused as before).
 *
 * @param msp a short identifier of the MSP whose data is reconciled (§4.4)
 * @param asOfDate everything is evaluated as of this date
 * @param attempt 1 for the first run of a date, 2, 3, ... for runs asked for on purpose
 */
public record RunKey(String msp, LocalDate asOfDate, long attempt) {

	public static final String DEFAULT_MSP = "default";

	static final String MSP = "msp";

	static final String AS_OF_DATE = "asOfDate";

	static final String ATTEMPT = "attempt";

	private static final Pattern MSP_FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public RunKey {
		if (!MSP_FORMAT.matcher(msp).matches()) {
			throw new IllegalArgumentException("msp '" + msp
					+ "' is not a short identifier (1-40 of a-z, 0-9 and '-', starting with a letter or digit)");
		}
		if (attempt < 1) {
			throw new IllegalArgumentException("attempt " + attempt + " must be a whole number >= 1");
		}
	}

	public static RunKey of(LocalDate asOfDate, long attempt) {
		return new RunKey(DEFAULT_MSP, asOfDate, attempt);
	}

	/** The period (month) of the as-of date; it names the outputs. */
	public YearMonth yearMonth() {
		return YearMonth.from(asOfDate);
	}

	/** The period as {@code YYYY-MM}. */
	public String period() {
		return yearMonth().toString();
	}

	public boolean isDefaultMsp() {
		return DEFAULT_MSP.equals(msp);
	}

	/** The same date asked for again on purpose. */
	public RunKey nextAttempt() {
		return new RunKey(msp, asOfDate, attempt + 1);
	}

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder();
		if (!isDefaultMsp()) {
			builder.addString(MSP, msp);
		}
		return builder.addLocalDate(AS_OF_DATE, asOfDate).addLong(ATTEMPT, attempt).toJobParameters();
	}

	public static RunKey from(JobParameters parameters) {
		String msp = parameters.getString(MSP);
		return new RunKey(msp == null ? DEFAULT_MSP : msp, parameters.getLocalDate(AS_OF_DATE),
				parameters.getLong(ATTEMPT));
	}

	/** For every job of runs: the as-of date and attempt are required, the MSP is optional. */
	public static JobParametersValidator validator() {
		return new DefaultJobParametersValidator(new String[] { AS_OF_DATE, ATTEMPT }, new String[] { MSP });
	}

	/** The parameters as an operator types them: {@code [msp=acme] asOfDate=2026-11-15 attempt=1}. */
	@Override
	public String toString() {
		return (isDefaultMsp() ? "" : MSP + "=" + msp + " ") + AS_OF_DATE + "=" + asOfDate + " " + ATTEMPT + "="
				+ attempt;
	}

}
