package com.msprecon.psa.connectwise;

import com.msprecon.http.HttpTime;
import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** PSA companies, agreements and additions from ConnectWise Manage ({@code recon.psa.source=connectwise-api}). */
@Component
@ConditionalOnProperty(name = "recon.psa.source", havingValue = "connectwise-api")
public class ConnectWisePsaSource implements PsaSource {

	static final String COMPANIES = "connectwise-companies";

	static final String AGREEMENTS = "connectwise-agreements";

	private final ConnectWiseApi api;

	private final ConnectWiseProperties properties;

	private final HttpTime time;

	/**
	 * @param time the clock and sleeper; tests provide a fake one
	 */
	@Autowired
	public ConnectWisePsaSource(ConnectWiseProperties properties, ObjectProvider<HttpTime> time) {
		this(properties, time.getIfAvailable(HttpTime::system));
	}

	ConnectWisePsaSource(ConnectWiseProperties properties, HttpTime time) {
		this.properties = properties;
		this.time = time;
		this.api = new ConnectWiseApi(properties, time);
	}

	/** The MSP's own ConnectWise site and API member where it has its own settings (docs/rules.md §4.4). */
	@Override
	public PsaSource forMsp(MspInputs msp) {
		return msp.own(ConnectWiseProperties.PREFIX, ConnectWiseProperties.class)
			.<PsaSource>map(own -> new ConnectWisePsaSource(own, time))
			.orElse(this);
	}

	@Override
	public ItemStreamReader<InputRow<PsaCompany>> companies() {
		return new ConnectWiseListReader<>("connectWiseCompanyReader", COMPANIES,
				afterId -> new ConnectWiseListing(api, "/company/companies", properties.companyConditions(),
						ConnectWiseRecords.COMPANY_FIELDS, afterId),
				ConnectWiseRecords::company);
	}

	@Override
	public ItemStreamReader<InputRow<PsaAgreement>> agreements() {
		return new ConnectWiseListReader<>("connectWiseAgreementReader", AGREEMENTS,
				afterId -> new ConnectWiseListing(api, "/finance/agreements", properties.agreementConditions(),
						ConnectWiseRecords.AGREEMENT_FIELDS, afterId),
				ConnectWiseRecords::agreement);
	}

	@Override
	public ItemStreamReader<InputRow<PsaAddition>> additions() {
		return new ConnectWiseAdditionReader(api);
	}

	@Override
	public SourceInput companiesInput() {
		return SourceInput.remote(COMPANIES, "ConnectWise " + properties.baseUrl() + "/company/companies");
	}

	@Override
	public SourceInput agreementsInput() {
		return SourceInput.remote(AGREEMENTS, "ConnectWise " + properties.baseUrl() + "/finance/agreements");
	}

	@Override
	public SourceInput additionsInput() {
		return SourceInput.remote(ConnectWiseAdditionReader.SOURCE,
				"ConnectWise " + properties.baseUrl() + "/finance/agreements/{id}/additions");
	}

}
