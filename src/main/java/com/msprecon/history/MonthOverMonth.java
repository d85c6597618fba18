package com.msprecon.history;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run compared with its previous run (docs/rules.md R9), as stored with the run.
 *
 * @param previous the run it was compared with; {@code null} when there was nothing to compare with (then every
 * discrepancy is NEW and there are no account changes)
 * @param lines every compared key: NEW, PERSISTING and CHANGED lines of this run and the RESOLVED keys of the previous
 * run, by company name
 * @param counts the number of keys of each class; every class is present
 * @param accountCounts the number of accounts of each class; every class is present
 */
public record MonthOverMonth(PreviousRun previous, List<LineChange> lines, List<AccountChange> accounts,
		Map<ChangeClass, Long> counts, Map<AccountChangeClass, Long> accountCounts) {

	public MonthOverMonth {
		lines = List.copyOf(lines);
		accounts = List.copyOf(accounts);
		// in the order of the enums, for the outputs
		counts = Collections.unmodifiableMap(new EnumMap<>(counts));
		accountCounts = Collections.unmodifiableMap(new EnumMap<>(accountCounts));
	}

	public Optional<PreviousRun> previousRun() {
		return Optional.ofNullable(previous);
	}

	/** No earlier period of the MSP had a completed run. */
	public boolean nothingToCompareWith() {
		return previous == null;
	}

	public List<LineChange> linesOf(ChangeClass changeClass) {
		return lines.stream().filter(l -> l.changeClass() == changeClass).toList();
	}

}
