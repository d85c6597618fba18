package com.msprecon.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.support.PrometheusTextParser;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The text format writer, read back by the tests' strict reader; the whole push is in MetricsJobTests. */
class MetricsTextTests {

	@Test
	void labelValuesWithQuotesBackslashesAndLineFeedsAreEscaped() {
		String text = new PrometheusText().gauge("recon_input_records_read", "records read\nper input")
			.sample(3, "input", "odd \"name\" \\ with\nline feed.csv")
			.sample(new BigDecimal("-12.50"), "input", "plain.csv")
			.toString();

		assertThat(text).contains("# HELP recon_input_records_read records read\\nper input\n")
			.contains("recon_input_records_read{input=\"odd \\\"name\\\" \\\\ with\\nline feed.csv\"} 3\n");
		assertThat(PrometheusTextParser.parse(text))
			.containsEntry("recon_input_records_read{input=\"plain.csv\"}", -12.5)
			.hasSize(2);
	}

	@Test
	void theReaderRefusesWhatIsNotTheTextFormat() {
		assertThatThrownBy(() -> PrometheusTextParser.parse("# TYPE a gauge\na{x=\"unterminated} 1\n"))
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> PrometheusTextParser.parse("# TYPE a gauge\nb 1\n")).isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> PrometheusTextParser.parse("# TYPE a gauge\na 1,5\n")).isInstanceOf(AssertionError.class);
	}

}
