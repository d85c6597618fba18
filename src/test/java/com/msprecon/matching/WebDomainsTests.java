package com.msprecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebDomainsTests {

	@ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			acme.com                               | acme.com
			www.acme.com                           | acme.com
			https://www.acme.com/                  | acme.com
			HTTP://Acme.COM:8080/about?x=1#top     | acme.com
			https://user@shop.acme.co.uk/path      | shop.acme.co.uk
			acme.com.                              | acme.com
			'  '                                   | null
			null                                   | null
			not a website                          | null
			localhost                              | null
			""")
	void readsHostFromWebsite(String website, String host) {
		assertThat(WebDomains.host(website)).isEqualTo(host);
	}

	@ParameterizedTest(name = "[{index}] {0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			acme.com              | acme
			mail.acme.com         | acme
			acme.co.uk            | acme
			shop.acme.com.au      | acme
			acme.de               | acme
			""")
	void readsRegisteredLabel(String host, String label) {
		assertThat(WebDomains.registeredLabel(host)).isEqualTo(label);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\" is a domain: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			acme.com              | true
			www.acme-dental.co.uk | true
			https://acme.io/      | true
			Acme Inc.             | false
			St. Mary's            | false
			Acme.Corp Ltd         | false
			""")
	void recognizesDomainsUsedAsNames(String name, boolean domain) {
		assertThat(WebDomains.looksLikeDomain(name)).isEqualTo(domain);
	}

}
