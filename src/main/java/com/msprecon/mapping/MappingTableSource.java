package com.msprecon.mapping;

import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;

/**
 * Port for where a run's mapping tables come from (docs/rules.md §2.3): today the MSP's CSV files kept under
 * version control ({@link FileMappingTables}); a registry table per MSP could serve them the same way. A table
 * with any bad row fails {@link #read()}: mapping is a person's decision and is never half used.
 */
public interface MappingTableSource {

	MappingTables read();

	SourceInput accountMapInput();

	SourceInput serviceMapInput();

	/**
	 * This source as it reads one MSP's data (docs/rules.md §4.4): a source of files reads the MSP's input
	 * directory, an API source the MSP's own account where it has credentials of its own. A source that is the
	 * same for every MSP returns itself.
	 */
	default MappingTableSource forMsp(MspInputs msp) {
		return this;
	}

}
