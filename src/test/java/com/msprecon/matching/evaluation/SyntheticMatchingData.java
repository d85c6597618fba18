package com.msprecon.matching.evaluation;

import com.msprecon.matching.AccountToMatch;
import com.msprecon.matching.CompanyCandidate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic generator of PSA companies and vendor accounts with the true company of each account, for the
 * evaluation set and the benchmark. It knows nothing of the matcher's normalizer: variations are written the way
 * people and systems write names, and labels say what the generator meant, not what any matcher finds.
 */
public final class SyntheticMatchingData {

	/** One vendor account with its true company id ("" when there is none, or none can be decided) and its kind. */
	public record LabelledAccount(AccountToMatch account, String trueCompanyId, String variation) {

		public boolean hasTrueCompany() {
			return !trueCompanyId.isEmpty();
		}

	}

	public record Dataset(List<CompanyCandidate> companies, List<LabelledAccount> accounts) {
	}

	private static final String[] SURNAMES = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
			"Garcia", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White",
			"Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
			"Baker", "Adams", "Nelson", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans",
			"Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Reed", "Bailey",
			"Bell", "Kelly", "Howard", "Ward", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes",
			"Price", "Sanders", "Patel", "Nguyen", "O'Brien", "McDonald", "Fitzgerald", "Kowalski", "Schmidt", "Rossi" };

	private static final String[] PLACES = { "Riverside", "Lakeview", "Oakwood", "Maplewood", "Pinecrest", "Harbor",
			"Summit", "Valley", "Hillside", "Brookside", "Cedar Park", "Fairview", "Greenfield", "Westfield",
			"Springfield", "Highland", "Northgate", "Bayside", "Silver Lake", "Stonebridge", "Mount Vernon",
			"Saint Mary's", "Clearwater", "Redwood", "Willow Creek", "Eagle Ridge", "Sunnyvale", "Fox Hollow",
			"Kingsway", "Ashford", "Mount Pleasant", "Saint Andrews", "Blue Ridge", "Sandy Point", "Elmhurst" };

	private static final String[] INDUSTRIES = { "Dental", "Family Dental", "Pediatrics", "Family Medicine",
			"Medical Center", "Veterinary Clinic", "Animal Hospital", "Plumbing", "Plumbing & Heating", "Electric",
			"Roofing", "Construction", "Builders", "Landscaping", "Realty", "Property Management", "Insurance Agency",
			"Accounting", "Tax Services", "Law Group", "Legal Services", "Consulting", "Engineering", "Architects",
			"Manufacturing", "Logistics", "Trucking", "Auto Repair", "Motors", "Bakery", "Catering", "Printing",
			"Staffing", "Financial Advisors", "Wealth Management", "Chiropractic", "Physical Therapy", "Orthodontics",
			"Eye Care", "Pharmacy", "Fitness", "Academy", "Foundation", "Associates", "Partners", "Group",
			"Technologies", "Systems", "Solutions", "International", "Brothers", "Services", "Community Center" };

	private static final String[] DESCRIPTORS = { "Advanced", "Premier", "Elite", "Reliable", "Precision",
			"Integrity", "Pioneer", "Heritage", "Liberty", "Golden", "Blue Sky", "Green Leaf", "Bright Star",
			"True North", "Red Rock", "Iron Gate", "Clear Path", "Silver Line", "Sun Valley", "Oak Tree" };

	private static final String[] GERMAN_NAMES = { "Müller", "Schröder", "Schäfer", "Jäger", "Weiß", "Groß", "Köhler",
			"Krüger", "Böhm", "Förster", "Gärtner", "Hößler", "Lüdtke", "Strauß", "Brückner", "Thüringer" };

	private static final String[] GERMAN_TRADES = { "Bau", "Technik", "Logistik", "Elektrotechnik", "Immobilien",
			"Steuerberatung", "Metallbau", "Zahnarztpraxis", "Haustechnik", "Gebäudeservice" };

	private static final String[] ACCENTED_NAMES = { "Lefèvre", "Dupré", "Béranger", "Ibáñez", "Muñoz", "Núñez",
			"Gonçalves", "Désirée", "Hélène", "Renée", "Chloé", "Anaïs", "Zoë", "Citroën" };

	private static final String[] ACCENTED_TRADES = { "Café", "Crêperie", "Pâtisserie", "Clinique", "Atelier", "Société" };

	private static final String[][] SUFFIXES = { { "Inc", "Inc.", "LLC", "L.L.C.", "Corp", "Corp.", "Corporation",
			"Co.", "PC", "PLLC", "LLP", "Incorporated" }, { "Ltd", "Ltd.", "Limited", "PLC", "LLP" },
			{ "GmbH", "AG", "SA", "S.A.", "BV", "B.V." }, { "Pty Ltd", "Pty. Ltd.", "Pty Limited" } };

	private static final String[][] ABBREVIATIONS = { { "International", "Intl" }, { "Manufacturing", "Mfg" },
			{ "Services", "Svcs" }, { "Associates", "Assoc." }, { "Management", "Mgmt" }, { "Technologies", "Tech" },
			{ "Center", "Ctr" }, { "Saint", "St." }, { "Mount", "Mt." }, { "Brothers", "Bros" } };

	private static final String[][] SURNAME_PAIRS = { { "Hansen", "Hanson" }, { "Petersen", "Peterson" },
			{ "Olsen", "Olson" }, { "Jensen", "Jenson" }, { "Larsen", "Larson" }, { "Nielsen", "Nielson" },
			{ "Carter", "Carver" }, { "Andersen", "Anderson" }, { "Christensen", "Christenson" }, { "Smythe", "Smithe" } };

	private static final String[][] DIRECTIONS = { { "North", "South" }, { "East", "West" }, { "Upper", "Lower" },
			{ "Northern", "Southern" } };

	private static final String[] MSP_TAGS = { "NetCare - %s", "%s (BrightWave IT)", "NC | %s", "CloudOps: %s",
			"%s - Tenant" };

	private static final String[] REGION_TAGS = { "%s (UK)", "%s - US", "%s AU", "%s (EMEA)", "%s [NZ]" };

	private static final String[] TLDS = { ".com", ".com", ".com", ".net", ".co.uk", ".com.au", ".de", ".org", ".io" };

	private static final String[] GENERIC_WORDS = { "Group", "Partners", "Services", "Solutions" };

	/** Not final: the cases for later rules are drawn from a stream of their own (see {@link #laterRuleCases}). */
	private Random random;

	private final long seed;

	private final List<Company> companies = new ArrayList<>();

	private final Set<String> usedNames = new HashSet<>();

	private final Set<String> usedHosts = new HashSet<>();

	private final List<LabelledAccount> accounts = new ArrayList<>();

	private SyntheticMatchingData(long seed) {
		this.random = new Random(seed);
		this.seed = seed;
	}

	/**
	 * A dataset of about {@code companyCount} companies and exactly {@code accountCount} accounts: three quarters of
	 * the accounts belong to a company and carry a variation of its name; the rest are hard negatives.
	 */
	public static Dataset generate(long seed, int companyCount, int accountCount) {
		return generate(seed, companyCount, accountCount, 0);
	}

	/**
	 * The same dataset followed by {@code laterRuleCases} more accounts (and their companies) for rules added after
	 * the set was first made; the accounts and companies before them are exactly those of the call without them.
	 */
	public static Dataset generate(long seed, int companyCount, int accountCount, int laterRuleCases) {
		return generate(seed, companyCount, accountCount, laterRuleCases, 0);
	}

	/**
	 * The same followed by {@code generalRuleCases} accounts (and their companies) of the general rules: legal forms
	 * of other countries, other scripts, websites as typed, shared platforms, entity words, glued MSP tags, words run
	 * together, number words, abbreviations, region picks; drawn from a third random stream.
	 */
	public static Dataset generate(long seed, int companyCount, int accountCount, int laterRuleCases, int generalRuleCases) {
		return new SyntheticMatchingData(seed).build(companyCount, accountCount, laterRuleCases, generalRuleCases);
	}

	private record Company(String id, String base, String name, String website, String host) {
	}

	private Dataset build(int companyCount, int accountCount, int laterRuleCases, int generalRuleCases) {
		int hard = accountCount / 4;
		int nearNamesakes = hard * 25 / 100;
		int numbered = hard * 20 / 100;
		int duplicates = hard * 20 / 100;
		int unknown = hard - nearNamesakes - numbered - duplicates;
		for (int i = 0; i < nearNamesakes; i++) {
			nearNamesakeNegative();
		}
		for (int i = 0; i < numbered; i++) {
			numberedNegative();
		}
		for (int i = 0; i < duplicates; i++) {
			duplicateNames();
		}
		for (int i = 0; i < unknown; i++) {
			String name = freshBase();
			accounts.add(labelled(withSuffix(name), List.of(otherDomain(name)), "", "no_true_company"));
		}
		int positives = accountCount - accounts.size();
		int hardPositives = positives / 20;
		for (int i = 0; i < hardPositives; i++) {
			hardPositive(i % 3);
		}
		int firstRegular = companies.size();
		while (companies.size() < companyCount) {
			newCompany(freshBase());
		}
		// each regular company gets at most one account until all have one (several accounts per company are fine,
		// R2); the variation is drawn first, then the next company whose name it can change
		List<Company> regular = new ArrayList<>(companies.subList(firstRegular, companies.size()));
		Collections.shuffle(regular, random);
		int next = 0;
		while (accounts.size() < accountCount) {
			if (next == regular.size()) {
				next = 0;
			}
			String variation = pick(VARIATIONS);
			for (int k = next; k < regular.size(); k++) {
				if (applies(variation, regular.get(k).name())) {
					Collections.swap(regular, next, k);
					positive(regular.get(next++), variation);
					break;
				}
			}
		}
		laterRuleCases(laterRuleCases);
		generalRuleCases(generalRuleCases);
		List<CompanyCandidate> candidates = companies.stream()
			.map(c -> new CompanyCandidate(c.id(), c.name(), c.website()))
			.toList();
		return new Dataset(candidates, List.copyOf(accounts));
	}

	// ---- hard cases -------------------------------------------------------------------------------------------

	/** A PSA company whose near-namesake (other direction word) has an account but no company. */
	private void nearNamesakeNegative() {
		String present;
		String absent;
		do {
			String[] pair = pick(DIRECTIONS);
			String rest = placeOrBrand() + " " + pick(INDUSTRIES);
			boolean flip = random.nextBoolean();
			present = (flip ? pair[0] : pair[1]) + " " + rest;
			absent = (flip ? pair[1] : pair[0]) + " " + rest;
		}
		while (!unused(present, absent));
		newCompanyNamed(present);
		accounts.add(labelled(maybeSuffix(absent), List.of(), "", "near_namesake_absent"));
	}

	/** Numbered sites: two in the PSA; an account for a third number that has no company. */
	private void numberedNegative() {
		String first;
		String second;
		String absent;
		do {
			String base = pick(new String[] { brand() + " Store", pick(SURNAMES) + " Pharmacy", pick(PLACES) + " Branch",
					brand() + " Unit" });
			int number = 1 + random.nextInt(300);
			first = base + " " + number;
			second = base + " " + (number + 1);
			absent = base + " " + (number + 2 + random.nextInt(3) * 10);
		}
		while (!unused(first, second, absent));
		Company one = newCompanyNamed(first);
		newCompanyNamed(second);
		accounts.add(labelled(absent, List.of(), "", "numbered_absent"));
		accounts.add(labelled(vary(one.name(), "case"), List.of(), one.id(), "numbered_present"));
	}

	/** Two PSA companies with the same name (say a customer entered twice): the account must stay unmatched. */
	private void duplicateNames() {
		String base = freshBase();
		newCompany(base);
		newCompanyNamed(random.nextBoolean() ? base : base + " " + pick(pick(SUFFIXES)));
		accounts.add(labelled(random.nextBoolean() ? base : vary(base, "case"), List.of(), "", "duplicate_psa_name"));
	}

	/** Accounts whose company has a hard neighbour in the PSA: near-namesake, surname variant, shared website. */
	private void hardPositive(int kind) {
		if (kind == 0 || kind == 1) {
			String[] pair;
			String rest;
			do {
				pair = kind == 0 ? pick(DIRECTIONS) : pick(SURNAME_PAIRS);
				rest = kind == 0 ? placeOrBrand() + " " + pick(INDUSTRIES)
						: random.nextBoolean() ? pick(INDUSTRIES) : brand() + " " + pick(INDUSTRIES);
			}
			while (!unused(pair[0] + " " + rest, pair[1] + " " + rest));
			Company one = newCompanyNamed(pair[0] + " " + rest);
			Company other = newCompanyNamed(pair[1] + " " + rest);
			Company truth = random.nextBoolean() ? one : other;
			accounts.add(kind == 0 ? labelled(vary(truth.name(), "suffix_changed"), List.of(), truth.id(), "near_namesake_pair")
					: labelled(vary(truth.name(), "punctuation_spacing"), List.of(), truth.id(), "surname_variant_pair"));
		}
		else {
			String first = freshBase();
			String second = freshBase();
			String host = slug(first) + "-group.com";
			usedHosts.add(host);
			Company one = addCompany(first, withSuffix(first), "https://www." + host + "/");
			Company other = addCompany(second, withSuffix(second), host);
			Company truth = random.nextBoolean() ? one : other;
			accounts.add(labelled(truth.base(), List.of(host), truth.id(), "shared_domain"));
		}
	}

	// ---- cases for later rules --------------------------------------------------------------------------------

	private static final String[] REGIONS = { "UK", "US", "AU", "NZ", "EMEA", "DE" };

	// a company's own region in its name, as PSAs hold it
	private static final String[] COMPANY_REGION_FORMS = { "%s %s Ltd", "%s (%s)", "%s %s Inc.", "%s - %s", "%s %s Limited" };

	private static final String[] ACCOUNT_REGION_FORMS = { "%s (%s)", "%s - %s", "%s [%s]", "%s %s" };

	private static final String[] DIGIT_SEPARATORS = { "/", "-", "." };

	/**
	 * Region tags on both sides (a different region: hard negative; the same: positive) and numbers that differ only
	 * by punctuation between digits ({@code 24/7} vs {@code 247}: hard negative). Drawn from a second random
	 * stream, so that everything generated before stays as it was.
	 */
	private void laterRuleCases(int count) {
		random = new Random(seed * 31 + 7);
		for (int i = 0; i < count; i++) {
			switch (i % 5) {
				case 0, 1 -> regionCase(true);
				case 2 -> regionCase(false);
				default -> digitsSplit();
			}
		}
	}

	/** A company tagged with its region; an account tagged with another region (no true company) or the same. */
	private void regionCase(boolean otherRegion) {
		String base = freshBase();
		String region = pick(REGIONS);
		String accountRegion = region;
		while (otherRegion && accountRegion.equals(region)) {
			accountRegion = pick(REGIONS);
		}
		Company company = newCompanyNamed(base, pick(COMPANY_REGION_FORMS).formatted(base, region));
		String name = pick(ACCOUNT_REGION_FORMS).formatted(random.nextBoolean() ? base : vary(base, "case"), accountRegion);
		accounts.add(otherRegion ? labelled(name, List.of(), "", "region_conflict")
				: labelled(name, List.of(), company.id(), "region_same"));
	}

	/** A number written with its digits joined on one side and split by punctuation on the other: not the same. */
	private void digitsSplit() {
		String joined;
		String split;
		do {
			String base = pick(new String[] { brand() + " Fitness", pick(PLACES) + " Storage", brand() + " Unit",
					pick(SURNAMES) + " Diner" });
			int first = 1 + random.nextInt(98);
			int second = 1 + random.nextInt(9);
			joined = base + " " + first + second;
			split = base + " " + first + pick(DIGIT_SEPARATORS) + second;
		}
		while (!unused(joined, split));
		boolean accountSplit = random.nextBoolean();
		newCompanyNamed(accountSplit ? joined : split);
		accounts.add(labelled(accountSplit ? split : joined, List.of(), "", "digits_split"));
	}

	// ---- cases for the general rules ---------------------------------------------------------------------------

	/**
	 * Legal forms as companies in other countries write them, each with other spellings of the same form (public
	 * company-law lists); the first spelling is the PSA's.
	 */
	private static final String[][] WORLD_FORMS = { { "Sp. z o.o.", "Sp. z.o.o.", "Spółka z o.o.", "sp. z o. o." },
			{ "s.r.o.", "spol. s r.o.", "S.R.O." }, { "Kft.", "Kft" }, { "Ltda", "Ltda.", "Limitada" },
			{ "S.A. de C.V.", "SA de CV", "S.A." }, { "UG (haftungsbeschränkt)", "UG" },
			{ "Proprietary Limited", "Pty Ltd", "(Pty) Ltd" }, { "Private Limited", "Pvt. Ltd.", "Pvt Ltd" },
			{ "Public Limited Company", "PLC", "plc" }, { "Limited Liability Company", "LLC", "L.L.C." },
			{ "Gesellschaft mit beschränkter Haftung", "GmbH" }, { "Aktiengesellschaft", "AG" },
			{ "Pte. Ltd.", "Pte Ltd", "Private Limited" }, { "Sdn. Bhd.", "Sdn Bhd", "Sendirian Berhad" },
			{ "S.r.l.", "SRL", "Srl" }, { "S.p.A.", "SpA" }, { "SAS", "S.A.S." }, { "SARL", "S.à r.l." },
			{ "B.V.", "BV" }, { "ApS", "Aps" }, { "Oy", "Oy Ab" }, { "AB", "Aktiebolag", "AB (publ)" }, { "A/S", "AS" },
			{ "d.o.o.", "D.O.O." }, { "OÜ", "OU" }, { "SIA", "Sia" }, { "UAB", "Uab" }, { "Lda.", "Lda", "Limitada" },
			{ "S.L.", "SL", "Sociedad Limitada" }, { "GmbH & Co. KG", "GmbH & Co KG" }, { "Zrt.", "Zrt" },
			{ "S.A.S.", "SAS" }, { "Sp.k.", "sp. k." }, { "a.s.", "A.S." }, { "Ltée", "Ltee" }, { "K.K.", "KK", "Kabushiki Kaisha" } };

	/** Typing slips inside legal forms, as staff make them. */
	private static final String[][] FORM_SLIPS = { { "GmbH", "GbmH" }, { "GmbH", "Gmbh." }, { "Limited", "Limted" },
			{ "Limited", "Limitted" }, { "Company", "Compnay" }, { "Corporation", "Corportion" },
			{ "Incorporated", "Incorported" }, { "Pty Limited", "Pty Limiteed" }, { "PLLC", "PLCL" } };

	/** Real-looking names in other scripts with their form: the account may name another company of the same word. */
	private static final String[][] SCRIPT_NAMES = { { "Україна", "ТОВ" }, { "Україна", "ПрАТ" }, { "Україна", "ФОП" },
			{ "Россия", "ООО" }, { "Россия", "АО" }, { "Ελλάς", "" }, { "Україна", "" }, { "Казахстан", "ТОО" } };

	private static final String[] LATIN_SIBLINGS = { "Polska", "Deutschland", "Nederland", "Ireland", "Iberia", "Nordic" };

	private static final String[] SUBDOMAINS = { "portal.", "shop.", "www2.", "en.", "store.", "my.", "app." };

	private static final String[] PLATFORM_SITES = { "https://%s.wixsite.com/home", "https://sites.google.com/view/%s",
			"%s.onmicrosoft.com", "https://www.facebook.com/%s", "http://%s.weebly.com", "https://%s.godaddysites.com/",
			"https://www.linkedin.com/company/%s" };

	private static final String[] ENTITY_WORDS = { "Foundation", "Trust", "Holdings", "Properties", "Realty", "Ventures",
			"Capital", "Fund", "Group", "Investments" };

	private static final String[] GLUED_TAGS = { "NC-%s", "ACME_%s", "BW-%s", "MSP_%s", "ITS-%s", "CLD_%s" };

	/** Long forms with the abbreviations MSPs type for them. */
	private static final String[][] MORE_ABBREVIATIONS = { { "Holdings", "Hldgs" }, { "Industries", "Ind" },
			{ "Mountain", "Mtn" }, { "Fort", "Ft" }, { "Avenue", "Ave" }, { "Township", "Twp" }, { "Government", "Govt" },
			{ "Institute", "Inst" }, { "Academy", "Acad" }, { "Financial", "Fin" }, { "Street", "St" } };

	private static final String[][] ABBREVIATED_NAME_FORMS = { { "%s Holdings", "Hldgs" }, { "%s Industries", "Ind" },
			{ "%s Mountain Lodge", "Mtn" }, { "Fort %s Dental", "Ft" }, { "%s Avenue Bakery", "Ave" },
			{ "%s Township Library", "Twp" }, { "%s Government Services", "Govt" }, { "%s Institute", "Inst" },
			{ "%s Academy", "Acad" }, { "%s Financial", "Fin" }, { "%s Street Clinic", "St" } };

	private static final String[] NUMBER_FORMS = { "%s #%d", "%s No. %d", "%s Store %d", "%s - Location %d",
			"%s Store No. %d", "%s Nr. %d", "%s Branch %d", "%s %d" };

	/** Kinds and how many of each in 100 cases, roughly as often as MSPs meet them (positives first). */
	private static final Object[][] GENERAL_KINDS = { { "world_legal_form", 18 }, { "legal_form_slip", 5 },
			{ "other_script", 3 }, { "subdomain_website", 8 }, { "two_sites", 4 }, { "platform_website", 4 },
			{ "glued_msp_tag", 6 }, { "domain_run_together", 5 }, { "and_run_together", 3 }, { "number_words", 5 },
			{ "abbreviation_data", 6 }, { "region_pick", 3 },
			// hard negatives
			{ "entity_shared_domain", 6 }, { "shared_platform", 6 }, { "unknown_form_duplicate", 5 },
			{ "script_dropped", 3 }, { "glued_tag_duplicate", 3 }, { "number_words_absent", 4 },
			{ "world_form_duplicate", 3 } };

	/** The cases of the general rules, from a third random stream, in the proportions of {@link #GENERAL_KINDS}. */
	private void generalRuleCases(int count) {
		random = new Random(seed * 31 + 11);
		List<String> kinds = new ArrayList<>();
		for (Object[] kind : GENERAL_KINDS) {
			for (int i = 0; i < (int) kind[1] * count / 100; i++) {
				kinds.add((String) kind[0]);
			}
		}
		while (kinds.size() < count) {
			kinds.add("world_legal_form");
		}
		Collections.shuffle(kinds, random);
		for (String kind : kinds.subList(0, count)) {
			generalCase(kind);
		}
	}

	private void generalCase(String kind) {
		switch (kind) {
			case "world_legal_form" -> {
				String[] form = pick(WORLD_FORMS);
				String base = freshBase();
				Company company = newCompanyNamed(base, base + " " + form[0]);
				String typed = random.nextInt(3) == 0 ? base : base + (random.nextBoolean() ? " " : ", ") + form[1 + random.nextInt(form.length - 1)];
				accounts.add(labelled(random.nextInt(4) == 0 ? typed.toUpperCase(Locale.ROOT) : typed, List.of(), company.id(), kind));
			}
			case "legal_form_slip" -> {
				String[] slip = pick(FORM_SLIPS);
				String base = freshBase();
				Company company = newCompanyNamed(base, base + " " + slip[0]);
				accounts.add(labelled(base + " " + slip[1], List.of(), company.id(), kind));
			}
			case "other_script" -> {
				String[] script = pick(SCRIPT_NAMES);
				String brand = brand();
				String name = brand + " " + script[0];
				usedNames.add(key(name));
				Company company = addCompany(name, script[1].isEmpty() ? name : name + " " + script[1], null);
				// a sibling of the same brand in Latin letters, so the script decides
				String sibling = brand + " " + pick(LATIN_SIBLINGS);
				newCompanyNamed(sibling, sibling + " " + pick(pick(SUFFIXES)));
				accounts.add(labelled(random.nextBoolean() ? name : name.toUpperCase(Locale.ROOT), List.of(), company.id(), kind));
			}
			case "subdomain_website" -> {
				String base = freshBase();
				String host = uniqueHost(base);
				Company company = addCompany(base, withSuffix(base), "https://" + pick(SUBDOMAINS) + host + "/");
				// the account is named as the customer trades; its mail domain is the registered one
				accounts.add(labelled(brand() + " " + pick(INDUSTRIES), List.of(random.nextBoolean() ? host : "mail." + host), company.id(), kind));
			}
			case "two_sites" -> {
				String base = freshBase();
				String host = uniqueHost(base);
				String second = slug(base) + "-group" + pick(TLDS);
				usedHosts.add(second);
				Company company = addCompany(base, withSuffix(base), random.nextBoolean() ? host + ", " + second : "https://" + host + "; www." + second);
				accounts.add(labelled(brand() + " " + pick(INDUSTRIES), List.of(second), company.id(), kind));
			}
			case "platform_website" -> {
				String base = twoWordBase();
				Company company = addCompany(base, withSuffix(base), pick(PLATFORM_SITES).formatted(slug(base)));
				// a typo in the name, the customer's own mail domain: the platform must not speak against the name
				String name = applies("typo", base) ? vary(base, "typo") : base;
				accounts.add(labelled(name, List.of(uniqueHost(base)), company.id(), kind));
			}
			case "glued_msp_tag" -> {
				String base = twoWordBase();
				Company company = newCompanyNamed(base, withSuffix(base));
				accounts.add(labelled(pick(GLUED_TAGS).formatted(base), List.of(), company.id(), kind));
			}
			case "domain_run_together" -> {
				String base = pick(new String[] { brand() + " " + pick(new String[] { "Sky", "River", "Stone", "Peak" }) + " Technologies",
						pick(PLACES) + " " + pick(INDUSTRIES), pick(DESCRIPTORS) + " " + pick(INDUSTRIES) });
				if (!unused(base)) {
					base = freshBase();
				}
				Company company = addCompany(base, withSuffix(base), null);
				accounts.add(labelled(slug(base), List.of(), company.id(), kind));
			}
			case "and_run_together" -> {
				String first;
				String second;
				do {
					first = pick(SURNAMES).replace("'", "");
					second = pick(SURNAMES).replace("'", "");
				}
				while (first.equals(second) || !unused(first + " & " + second));
				Company company = addCompany(first + " & " + second, first + " & " + second + " " + pick(pick(SUFFIXES)), null);
				accounts.add(labelled(random.nextBoolean() ? first + "and " + second : first + " and" + second, List.of(), company.id(), kind));
			}
			case "number_words", "number_words_absent" -> {
				String base;
				int number;
				do {
					base = pick(new String[] { brand() + " Pharmacy", pick(SURNAMES) + " Pharmacy", brand() + " Coffee", pick(PLACES) + " Grocers" });
					number = 2 + random.nextInt(300);
				}
				while (!unused(base + " " + number, base + " " + (number + 1)));
				Company company = addCompany(base, pick(NUMBER_FORMS).formatted(base, number), null);
				addCompany(base, pick(NUMBER_FORMS).formatted(base, number + 1), null);
				boolean absent = kind.equals("number_words_absent");
				accounts.add(labelled(pick(NUMBER_FORMS).formatted(base, absent ? number + 2 + random.nextInt(5) : number), List.of(),
						absent ? "" : company.id(), kind));
			}
			case "abbreviation_data" -> {
				String[] form = pick(ABBREVIATED_NAME_FORMS);
				String name;
				do {
					name = form[0].formatted(random.nextBoolean() ? brand() : pick(PLACES));
				}
				while (!unused(name));
				Company company = addCompany(name, withSuffix(name), null);
				String longForm = java.util.Arrays.stream(MORE_ABBREVIATIONS).filter(a -> a[1].equals(form[1])).findFirst().orElseThrow()[0];
				accounts.add(labelled(name.replace(longForm, form[1] + (random.nextBoolean() ? "." : "")), List.of(), company.id(), kind));
			}
			case "region_pick" -> {
				String base = freshBase();
				String region = pick(new String[] { "UK", "AU", "NZ", "DE" });
				newCompanyNamed(base, base + " Inc.");
				Company company = addCompany(base, pick(new String[] { "%s %s Ltd", "%s (%s)", "%s - %s" }).formatted(base, region), null);
				accounts.add(labelled(pick(ACCOUNT_REGION_FORMS).formatted(base, region), List.of(), company.id(), kind));
			}
			case "entity_shared_domain" -> {
				String base = twoWordBase();
				String host = uniqueHost(base);
				addCompany(base, base + " " + pick(new String[] { "LLC", "Inc.", "Ltd", "GmbH", "PC" }), "https://www." + host + "/");
				accounts.add(labelled(base + " " + pick(ENTITY_WORDS), List.of(host), "", kind));
			}
			case "shared_platform" -> {
				String base = twoWordBase();
				String site = pick(PLATFORM_SITES);
				addCompany(base, withSuffix(base), site.formatted(slug(base)));
				String other = freshBase();
				String otherSite = site.formatted(slug(other));
				accounts.add(labelled(withSuffix(other), List.of(otherSite.contains("onmicrosoft") ? otherSite : otherSite.replaceFirst("^https?://(www\\.)?", "")), "", kind));
			}
			case "unknown_form_duplicate" -> {
				String base = twoWordBase();
				newCompanyNamed(base, base);
				// the same customer entered again with a form the matcher may not know
				addCompany(base, base + " " + pick(new String[] { "SE", "A.D.", "K.D.", "S.C.", "e.K.", "GK", "Y.K.", "S.S.", "Kom", "Ent." }), null);
				accounts.add(labelled(random.nextBoolean() ? base : vary(base, "case"), List.of(), "", kind));
			}
			case "script_dropped" -> {
				String[] script = pick(SCRIPT_NAMES);
				String brand = brand();
				String name = brand + " " + script[0];
				usedNames.add(key(name));
				addCompany(name, script[1].isEmpty() ? name : name + " " + script[1], null);
				// another company of the same brand, not in the PSA
				accounts.add(labelled(brand + " " + pick(pick(SUFFIXES)), List.of(), "", kind));
			}
			case "glued_tag_duplicate" -> {
				String base = twoWordBase();
				newCompanyNamed(base, base);
				addCompany(base, base + " " + pick(pick(SUFFIXES)), null);
				accounts.add(labelled(pick(GLUED_TAGS).formatted(base), List.of(), "", kind));
			}
			case "world_form_duplicate" -> {
				String[] form = pick(WORLD_FORMS);
				String base = freshBase();
				addCompany(base, base + " " + form[0], null);
				addCompany(base, base + " " + form[form.length - 1], null);
				accounts.add(labelled(base, List.of(), "", kind));
			}
			default -> throw new IllegalArgumentException(kind);
		}
	}

	/** A fresh name of two words or more (what a glued tag or a shared site needs to be told apart). */
	private String twoWordBase() {
		String base = freshBase();
		while (!base.contains(" ")) {
			base = freshBase();
		}
		return base;
	}

	/** A host for this name that no other company uses. */
	private String uniqueHost(String base) {
		String host = slug(base) + pick(TLDS);
		while (!usedHosts.add(host)) {
			host = slug(base) + (1 + random.nextInt(99)) + pick(TLDS);
		}
		return host;
	}

	// ---- positives ----------------------------------------------------------------------------------------------

	private static final String[] VARIATIONS = { "exact", "exact", "exact", "case", "suffix_changed", "suffix_changed",
			"punctuation_spacing", "ampersand", "accents", "leading_the", "abbreviation", "run_together", "msp_tag",
			"region_tag", "domain_as_name", "typo", "typo", "domain_only", "combined", "combined", "word_dropped" };

	private void positive(Company company, String chosen) {
		String variation = chosen;
		String name;
		List<String> domains = new ArrayList<>();
		switch (variation) {
			case "domain_as_name" -> name = company.host() != null ? company.host() : slug(company.base()) + pick(TLDS);
			case "domain_only" -> {
				if (company.host() == null) {
					variation = "suffix_changed";
					name = vary(company.name(), variation);
				}
				else {
					name = brand() + " " + pick(INDUSTRIES);
					domains.add(company.host());
				}
			}
			case "combined" -> {
				String first = pick(new String[] { "case", "suffix_changed", "region_tag", "leading_the", "punctuation_spacing" });
				String second = "case";
				for (int attempt = 0; attempt < 10 && second.equals("case"); attempt++) {
					String candidate = pick(new String[] { "abbreviation", "accents", "run_together", "ampersand", "typo" });
					second = applies(candidate, company.name()) ? candidate : second;
				}
				name = vary(vary(company.name(), second), first);
				variation = "combined:" + second + "+" + first;
			}
			default -> name = vary(company.name(), variation);
		}
		if (!variation.equals("domain_only")) {
			double roll = random.nextDouble();
			if (company.host() != null && roll < 0.25) {
				domains.add(company.host());
			}
			else if (roll < 0.40) {
				domains.add(slug(company.base()) + pick(TLDS));
			}
			else if (roll < 0.45) {
				domains.add(otherDomain(brand()));
			}
		}
		accounts.add(labelled(name, domains, company.id(), variation));
	}

	/** Whether the variation can change this name (accents need accents, abbreviations a long form, ...). */
	private static boolean applies(String variation, String name) {
		return switch (variation) {
			case "ampersand" -> name.contains(" & ") || name.contains(" and ");
			case "accents" -> !name.equals(foldAccents(name, false));
			case "abbreviation" -> java.util.Arrays.stream(ABBREVIATIONS).anyMatch(a -> name.contains(a[0]));
			case "run_together" -> stripSuffix(name).matches("\\p{L}+ \\p{L}+.*");
			case "typo" -> java.util.Arrays.stream(name.split(" ")).anyMatch(w -> w.length() >= 6 && w.chars().allMatch(Character::isLetter));
			case "word_dropped" -> java.util.Arrays.stream(GENERIC_WORDS).anyMatch(w -> name.contains(" " + w));
			default -> true;
		};
	}

	/** The name written differently, in the way the variation says; unchanged kinds fall back to a suffix change. */
	private String vary(String name, String variation) {
		return switch (variation) {
			case "exact" -> name;
			case "case" -> random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
			case "suffix_changed" -> withSuffix(stripSuffix(name));
			case "punctuation_spacing" -> punctuate(name);
			case "ampersand" -> name.contains(" & ") ? name.replace(" & ", " and ")
					: name.contains(" and ") ? name.replace(" and ", " & ") : withSuffix(stripSuffix(name));
			case "accents" -> name.equals(foldAccents(name, random.nextBoolean())) ? withSuffix(stripSuffix(name))
					: foldAccents(name, random.nextBoolean());
			case "leading_the" -> name.startsWith("The ") ? name.substring(4) : "The " + name;
			case "abbreviation" -> abbreviate(name);
			case "run_together" -> runTogether(name);
			case "msp_tag" -> pick(MSP_TAGS).formatted(name);
			case "region_tag" -> pick(REGION_TAGS).formatted(stripSuffix(name));
			case "typo" -> typo(name);
			case "word_dropped" -> dropGenericWord(name);
			default -> throw new IllegalArgumentException(variation);
		};
	}

	private String punctuate(String name) {
		return switch (random.nextInt(4)) {
			case 0 -> name.replace(" ", "  ");
			case 1 -> name.replaceFirst(" ", ", ") + ".";
			case 2 -> name.replace(" ", " - ");
			default -> "  " + name.replace(" ", " ,") + " ";
		};
	}

	private String abbreviate(String name) {
		for (String[] abbreviation : ABBREVIATIONS) {
			if (name.contains(abbreviation[0])) {
				return name.replace(abbreviation[0], abbreviation[1]);
			}
		}
		return name.contains("Saint ") ? name : withSuffix(stripSuffix(name));
	}

	private String runTogether(String name) {
		String bare = stripSuffix(name);
		int space = bare.indexOf(' ');
		if (space < 0) {
			return name;
		}
		String joined = bare.substring(0, space) + (random.nextBoolean() ? bare.substring(space + 1)
				: bare.substring(space + 1, space + 2).toLowerCase(Locale.ROOT) + bare.substring(space + 2));
		return joined + name.substring(bare.length());
	}

	/** One slip inside a word of six letters or more, never in its first letter. */
	private String typo(String name) {
		String[] words = name.split(" ");
		List<Integer> long_ = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			if (words[i].length() >= 6 && words[i].chars().allMatch(Character::isLetter)) {
				long_.add(i);
			}
		}
		if (long_.isEmpty()) {
			return withSuffix(stripSuffix(name));
		}
		int index = long_.get(random.nextInt(long_.size()));
		String word = words[index];
		int at = 1 + random.nextInt(word.length() - 2);
		words[index] = switch (random.nextInt(4)) {
			case 0 -> word.substring(0, at) + word.substring(at + 1);
			case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
			case 2 -> word.substring(0, at) + (char) ('a' + (word.charAt(at) - 'a' + 1 + random.nextInt(24)) % 26) + word.substring(at + 1);
			default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
		};
		return String.join(" ", words);
	}

	private String dropGenericWord(String name) {
		for (String word : GENERIC_WORDS) {
			if (name.contains(" " + word)) {
				return name.replace(" " + word, "");
			}
		}
		return name + " " + pick(GENERIC_WORDS);
	}

	// ---- names and companies ----------------------------------------------------------------------------------

	/** A company name not used before (compared without case, spaces, punctuation and accents). */
	private String freshBase() {
		while (true) {
			String base = switch (random.nextInt(12)) {
				case 0, 1 -> pick(SURNAMES) + " " + pick(INDUSTRIES);
				case 2 -> pick(SURNAMES) + " & " + pick(SURNAMES) + (random.nextBoolean() ? "" : " " + pick(INDUSTRIES));
				case 3, 4 -> pick(PLACES) + " " + pick(INDUSTRIES);
				case 5, 6 -> brand() + " " + pick(INDUSTRIES);
				case 7 -> brand();
				case 8 -> pick(DESCRIPTORS) + " " + pick(INDUSTRIES);
				case 9 -> pick(GERMAN_NAMES) + " " + pick(GERMAN_TRADES);
				case 10 -> pick(ACCENTED_TRADES) + " " + pick(ACCENTED_NAMES);
				default -> pick(DESCRIPTORS) + " " + pick(PLACES) + " " + pick(INDUSTRIES);
			};
			if (usedNames.add(key(base))) {
				return base;
			}
		}
	}

	/** True, and the names reserved, when none of them was used before. */
	private boolean unused(String... names) {
		for (String name : names) {
			if (usedNames.contains(key(name))) {
				return false;
			}
		}
		for (String name : names) {
			usedNames.add(key(name));
		}
		return true;
	}

	private String placeOrBrand() {
		return random.nextBoolean() ? pick(PLACES) : brand();
	}

	/** An invented brand word of two or three syllables, such as {@code Zentrax}. */
	private String brand() {
		String[] onsets = { "b", "br", "c", "cl", "d", "f", "fl", "g", "gr", "k", "l", "m", "n", "p", "pr", "r", "s",
				"st", "t", "tr", "v", "z", "qu", "h", "j", "w" };
		String[] vowels = { "a", "e", "i", "o", "u", "ai", "ea", "io" };
		String[] codas = { "", "n", "r", "x", "l", "s", "th", "nt", "rk", "v" };
		StringBuilder word = new StringBuilder();
		int syllables = 2 + random.nextInt(2);
		for (int i = 0; i < syllables; i++) {
			word.append(pick(onsets)).append(pick(vowels)).append(i == syllables - 1 ? pick(codas) : "");
		}
		if (word.length() < 6) {
			word.append(pick(codas)).append("a");
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private Company newCompany(String base) {
		return newCompanyNamed(base, withSuffix(base));
	}

	private Company newCompanyNamed(String name) {
		return newCompanyNamed(name, maybeSuffix(name));
	}

	private Company newCompanyNamed(String base, String name) {
		String website = null;
		if (random.nextInt(10) < 7) {
			String host = slug(base) + pick(TLDS);
			if (usedHosts.add(host)) {
				website = switch (random.nextInt(4)) {
					case 0 -> "https://www." + host + "/";
					case 1 -> host;
					case 2 -> "http://" + host + ":8080/home";
					default -> "www." + host;
				};
			}
		}
		return addCompany(base, name, website);
	}

	private Company addCompany(String base, String name, String website) {
		String id = String.valueOf(10000 + companies.size());
		String host = website == null ? null
				: website.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("[:/].*$", "");
		Company company = new Company(id, base, name, website, host);
		companies.add(company);
		return company;
	}

	private String withSuffix(String base) {
		return random.nextInt(10) < 6 ? base + (random.nextInt(4) == 0 ? ", " : " ") + pick(pick(SUFFIXES)) : base;
	}

	private String maybeSuffix(String base) {
		return random.nextBoolean() ? base : base + " " + pick(pick(SUFFIXES));
	}

	private static String stripSuffix(String name) {
		for (String[] region : SUFFIXES) {
			for (String suffix : region) {
				if (name.endsWith(" Pty. Ltd.") || name.endsWith(" Pty Ltd") || name.endsWith(" Pty Limited")) {
					suffix = name.substring(name.lastIndexOf(" Pty") + 1);
				}
				if (name.endsWith(" " + suffix)) {
					String bare = name.substring(0, name.length() - suffix.length() - 1);
					return bare.endsWith(",") ? bare.substring(0, bare.length() - 1) : bare;
				}
			}
		}
		return name;
	}

	/** A domain of some other owner, never a PSA website. */
	private String otherDomain(String name) {
		String host = slug(name) + "-" + (100 + random.nextInt(900)) + ".net";
		usedHosts.add(host);
		return host;
	}

	private LabelledAccount labelled(String name, List<String> domains, String trueCompanyId, String variation) {
		String code = "C%02d%c%05d".formatted(random.nextInt(100), (char) ('A' + random.nextInt(26)), accounts.size());
		return new LabelledAccount(new AccountToMatch(code, name, domains), trueCompanyId, variation);
	}

	/** Accents dropped; umlauts either written out (ü as ue) or dropped (ü as u), as systems do. */
	private static String foldAccents(String name, boolean transliterate) {
		String s = transliterate ? name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
			.replace("Ö", "Oe").replace("Ü", "Ue") : name;
		s = s.replace("ß", "ss");
		return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private static String slug(String name) {
		return foldAccents(name, true).toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]", "");
	}

	private static String key(String name) {
		return slug(name).replace("and", "");
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

}
