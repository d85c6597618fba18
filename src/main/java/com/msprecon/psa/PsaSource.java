package com.msprecon.psa;

import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Port for where PSA data comes from (CSV files, ConnectWise Manage, later Autotask or HaloPSA).
 * Each reader has the same restart contract as {@link com.msprecon.vendor.VendorAccountSource#reader()}.
 */
public interface PsaSource {

	ItemStreamReader<InputRow<PsaCompany>> companies();

	ItemStreamReader<InputRow<PsaAgreement>> agreements();

	ItemStreamReader<InputRow<PsaAddition>> additions();

	/** Where the companies come from, for the run's provenance (file hashes on the Summary sheet). */
	SourceInput companiesInput();

	SourceInput agreementsInput();

	SourceInput additionsInput();

	/** All three inputs: what a job that reads everything records. */
	default List<SourceInput> inputs() {
		return List.of(companiesInput(), agreementsInput(), additionsInput());
	}

	/**
	 * This source as it reads one MSP's data (docs/rules.md §4.4): a source of files reads the MSP's input
	 * directory, an API source the MSP's own account where it has credentials of its own. A source that is the
	 * same for every MSP returns itself.
	 */
	default PsaSource forMsp(MspInputs msp) {
		return this;
	}

}
