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
			portal.acme.com.br    | acme
			acme.github.io        | acme
			acme.wixsite.com      | acme
			en.acme.onmicrosoft.com | acme
			""")
	void readsRegisteredLabel(String host, String label) {
		assertThat(WebDomains.registeredLabel(host)).isEqualTo(label);
	}

	@ParameterizedTest(name = "[{index}] {0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			acme.com                 | acme.com
			www2.acme.com            | acme.com
			portal.acme.co.uk        | acme.co.uk
			shop.en.acme.com.au      | acme.com.au
			acme.github.io           | acme.github.io
			intranet                 | intranet
			10.0.0.1                 | 10.0.0.1
			""")
	void readsTheRegistrableDomainFromThePublicSuffixList(String host, String registrable) {
		assertThat(WebDomains.registrable(host)).isEqualTo(registrable);
	}

	@ParameterizedTest(name = "[{index}] \"{0}\"")
	@CsvSource(delimiter = '|', textBlock = """
			'acme.com, acme-group.com'              | acme.com acme-group.com
			'https://acme.com/; www.acme.de'        | acme.com acme.de
			'acme.com acme.com'                     | acme.com
			'acme.com | https://shop.acme.io/x'     | acme.com shop.acme.io
			""")
	void readsEverySiteOfAWebsiteField(String field, String hosts) {
		assertThat(WebDomains.hosts(field)).containsExactly(hosts.split(" "));
	}

	@ParameterizedTest(name = "[{index}] {0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			acme.wixsite.com         | true
			sites.google.com         | true
			contoso.onmicrosoft.com  | true
			facebook.com             | true
			gmail.com                | true
			acme.com                 | false
			notwixsite.com           | false
			""")
	void knowsTheSharedPlatforms(String host, boolean shared) {
		assertThat(WebDomains.isSharedPlatform(host)).isEqualTo(shared);
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
