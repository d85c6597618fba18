package com.msprecon.run;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The period (YYYY-MM) of an as-of date; it names the outputs (spec §1). */
public final class RunPeriod {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM");

	private RunPeriod() {
	}

	public static String of(LocalDate asOfDate) {
		return asOfDate.format(FORMAT);
	}

}
