package com.msprecon.mapping;

import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import java.nio.file.Path;

/** The mapping tables as {@code account-map.csv} and {@code service-map.csv} in a directory (docs/rules.md §3). */
public class FileMappingTables implements MappingTableSource {

	private final Path dir;

	public FileMappingTables(Path dir) {
		this.dir = dir;
	}

	@Override
	public MappingTableSource forMsp(MspInputs msp) {
		return new FileMappingTables(msp.inputDir());
	}

	@Override
	public MappingTables read() {
		return MappingTableFiles.read(dir);
	}

	@Override
	public SourceInput accountMapInput() {
		return SourceInput.ofFile(dir.resolve(MappingTableFiles.ACCOUNT_MAP));
	}

	@Override
	public SourceInput serviceMapInput() {
		return SourceInput.ofFile(dir.resolve(MappingTableFiles.SERVICE_MAP));
	}

}
