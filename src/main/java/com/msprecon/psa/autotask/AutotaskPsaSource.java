package com.msprecon.psa.autotask;

import com.msprecon.http.HttpTime;
import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import com.msprecon.psa.autotask.AutotaskQueries.Entity;
import com.msprecon.run.RunContext;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * PSA companies, agreements and additions from Autotask ({@code recon.psa.source=autotask-api}): Companies of
 * the configured types, Contracts of the recurring-service type, and their contract services with the units in
 * force on the run's as-of date.
 */
@Component
@ConditionalOnProperty(name = "recon.psa.source", havingValue = "autotask-api")
public class AutotaskPsaSource implements PsaSource {

	static final String COMPANIES = "autotask-companies";

	static final String CONTRACTS = "autotask-contracts";

	private final AutotaskQueries queries;

	private final AutotaskProperties properties;

	private final Supplier<LocalDate> asOfDate;

	private final HttpTime time;

	/**
	 * @param run the step-scoped run, resolved when a reader opens (the units in force on its as-of date)
	 * @param time the clock and sleeper; tests provide a fake one
	 */
	@Autowired
	public AutotaskPsaSource(AutotaskProperties properties, ObjectProvider<RunContext> run,
			ObjectProvider<HttpTime> time) {
		this(properties, () -> run.getObject().asOfDate(), time.getIfAvailable(HttpTime::system));
	}

	AutotaskPsaSource(AutotaskProperties properties, Supplier<LocalDate> asOfDate, HttpTime time) {
		this.properties = properties;
		this.asOfDate = asOfDate;
		this.time = time;
		this.queries = new AutotaskQueries(new AutotaskApi(properties, time), asOfDate);
	}

	/** The MSP's own Autotask API user where it has its own settings (docs/rules.md §4.4). */
	@Override
	public PsaSource forMsp(MspInputs msp) {
		return msp.own(AutotaskProperties.PREFIX, AutotaskProperties.class)
			.<PsaSource>map(own -> new AutotaskPsaSource(own, asOfDate, time))
			.orElse(this);
	}

	@Override
	public ItemStreamReader<InputRow<PsaCompany>> companies() {
		return new AutotaskListReader<>("autotaskCompanyReader", COMPANIES, queries, Entity.COMPANIES,
				AutotaskRecords::company);
	}

	@Override
	public ItemStreamReader<InputRow<PsaAgreement>> agreements() {
		return new AutotaskListReader<>("autotaskContractReader", CONTRACTS, queries, Entity.CONTRACTS,
				json -> AutotaskRecords.contract(json, properties.activeContractStatuses()));
	}

	@Override
	public ItemStreamReader<InputRow<PsaAddition>> additions() {
		return new AutotaskAdditionReader(queries);
	}

	@Override
	public SourceInput companiesInput() {
		return SourceInput.remote(COMPANIES, "Autotask " + where() + "V1.0/Companies");
	}

	@Override
	public SourceInput agreementsInput() {
		return SourceInput.remote(CONTRACTS, "Autotask " + where() + "V1.0/Contracts");
	}

	@Override
	public SourceInput additionsInput() {
		return SourceInput.remote(AutotaskAdditionReader.SOURCE, "Autotask " + where() + "V1.0/ContractServiceUnits");
	}

	/** No request for the provenance: the configured base, or the zone lookup's user. */
	private String where() {
		return properties.baseUrl().isEmpty() ? "zone of " + properties.username() + " " : properties.baseUrl()
				+ (properties.baseUrl().endsWith("/") ? "" : "/");
	}

}
