package com.msprecon.vendor;

import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Port for where vendor accounts come from (CSV files, the Mimecast API, ...).
 * The staging step reads through it; everything after staging reads the database only.
 */
public interface VendorAccountSource {

	/**
	 * A new reader of all vendor accounts. It must be restartable: either it saves its position in the
	 * execution context, or reading again from the start yields the same records (staging is idempotent).
	 * Records it cannot use come back as rejects, never dropped.
	 */
	ItemStreamReader<InputRow<VendorAccount>> reader();

	/** The vendor's name as its customers know it, for the outputs ("Mimecast Sync-Up") and the mail. */
	String vendorName();

	/** The inputs this source reads, for the run's provenance (file hashes on the Summary sheet). */
	List<SourceInput> inputs();

	/**
	 * This source as it reads one MSP's data (docs/rules.md §4.4): a source of files reads the MSP's input
	 * directory, an API source the MSP's own account where it has credentials of its own. A source that is the
	 * same for every MSP returns itself.
	 */
	default VendorAccountSource forMsp(MspInputs msp) {
		return this;
	}

}
