package com.msprecon.input;

/** Turns one validated CSV row into a record; throws {@link FieldException} for a field it cannot use. */
@FunctionalInterface
public interface CsvRowMapper<T> {

	T map(CsvRow row);

}
