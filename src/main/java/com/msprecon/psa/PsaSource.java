package com.msprecon.psa;

import com.msprecon.input.InputRow;
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

	List<SourceInput> inputs();

}
