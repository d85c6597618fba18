package com.msprecon.psa.file;

import com.msprecon.ReconProperties;
import com.msprecon.input.CsvRecordReader;
import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** PSA companies, agreements and additions from the CSV files in the input directory (the default source). */
@Component
@ConditionalOnProperty(name = "recon.psa.source", havingValue = "file", matchIfMissing = true)
public class CsvPsaSource implements PsaSource {

	private final Path dir;

	@Autowired
	public CsvPsaSource(ReconProperties properties) {
		this(properties.inputDir());
	}

	/** The files of the input directory {@code dir}. */
	public CsvPsaSource(Path dir) {
		this.dir = dir;
	}

	@Override
	public PsaSource forMsp(MspInputs msp) {
		return new CsvPsaSource(msp.inputDir());
	}

	@Override
	public ItemStreamReader<InputRow<PsaCompany>> companies() {
		return new CsvRecordReader<>("psaCompanyCsvReader", dir.resolve(PsaCsv.COMPANIES), PsaCsv.COMPANY_COLUMNS,
				PsaCsv::company, "company_id", PsaCompany::companyId);
	}

	@Override
	public ItemStreamReader<InputRow<PsaAgreement>> agreements() {
		return new CsvRecordReader<>("psaAgreementCsvReader", dir.resolve(PsaCsv.AGREEMENTS),
				PsaCsv.AGREEMENT_COLUMNS, PsaCsv::agreement, "agreement_id", PsaAgreement::agreementId);
	}

	@Override
	public ItemStreamReader<InputRow<PsaAddition>> additions() {
		return new CsvRecordReader<>("psaAdditionCsvReader", dir.resolve(PsaCsv.ADDITIONS), PsaCsv.ADDITION_COLUMNS,
				PsaCsv::addition, "addition_id", PsaAddition::additionId);
	}

	@Override
	public SourceInput companiesInput() {
		return SourceInput.ofFile(dir.resolve(PsaCsv.COMPANIES));
	}

	@Override
	public SourceInput agreementsInput() {
		return SourceInput.ofFile(dir.resolve(PsaCsv.AGREEMENTS));
	}

	@Override
	public SourceInput additionsInput() {
		return SourceInput.ofFile(dir.resolve(PsaCsv.ADDITIONS));
	}

}
