package com.msprecon.psa.autotask;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the apply job writes to Autotask ({@code recon.autotask.write.*}); the connection is
 * {@code recon.autotask.*}. Whether a ContractServiceUnits row's {@code endDate} is the period's last day or the
 * next period's first is not documented (docs/sources.md), hence a setting.
 *
 * @param unitsEndDate what a units row's {@code endDate} is: {@code last-day} of its period (the adjustment then
 * takes effect the day after it) or {@code next-start} (the adjustment takes effect on it)
 */
@ConfigurationProperties("recon.autotask.write")
public record AutotaskWriteProperties(@DefaultValue("last-day") UnitsEndDate unitsEndDate) {

	/** The meaning of a units row's {@code endDate}. */
	public enum UnitsEndDate {

		LAST_DAY, NEXT_START

	}

	public AutotaskWriteProperties {
		unitsEndDate = unitsEndDate == null ? UnitsEndDate.LAST_DAY : unitsEndDate;
	}

}
