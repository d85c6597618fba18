package com.msprecon.mapping;

import com.msprecon.input.SourceInput;
import java.nio.file.Path;

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
	 * This source as it reads the MSP whose files are in {@code inputDir} (docs/rules.md §4.4). A source that
	 * reads nothing from the input directory is the same for every MSP and returns itself.
	 */
	default MappingTableSource forInputDir(Path inputDir) {
		return this;
	}

}
