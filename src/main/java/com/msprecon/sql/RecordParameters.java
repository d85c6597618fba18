package com.msprecon.sql;

import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;

/**
 * The parameters of a statement that stores one record of a run: {@code :runId} and each of the record's
 * components by name ({@code :vendorAccountCode}, ...; an enum by its name), so that a writer does not spell its
 * record out again.
 */
public final class RecordParameters extends SimplePropertySqlParameterSource {

	private final long runId;

	private RecordParameters(long runId, Object record) {
		super(record);
		this.runId = runId;
	}

	public static RecordParameters of(long runId, Object record) {
		return new RecordParameters(runId, record);
	}

	@Override
	public boolean hasValue(String paramName) {
		return "runId".equals(paramName) || super.hasValue(paramName);
	}

	@Override
	public Object getValue(String paramName) {
		if ("runId".equals(paramName)) {
			return runId;
		}
		Object value = super.getValue(paramName);
		// the product's enums are stored by name
		return value instanceof Enum<?> e ? e.name() : value;
	}

}
