package com.msprecon.vendor.mimecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.http.ApiErrorReader.BodyFailure;
import com.msprecon.http.ApiJson;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class MimecastErrorReaderTests {

	private final MimecastErrorReader reader = new MimecastErrorReader();

	@Test
	void retryHintPrefersXRateLimitResetInMillisecondsOverRetryAfterInSeconds() {
		HttpHeaders both = new HttpHeaders();
		both.add("X-RateLimit-Reset", "750");
		both.add(HttpHeaders.RETRY_AFTER, "30");
		HttpHeaders retryAfter = new HttpHeaders();
		retryAfter.add(HttpHeaders.RETRY_AFTER, "30");

		assertThat(reader.retryHint(both)).isEqualTo(Duration.ofMillis(750));
		assertThat(reader.retryHint(retryAfter)).isEqualTo(Duration.ofSeconds(30));
		assertThat(reader.retryHint(new HttpHeaders())).isNull();
	}

	@Test
	void aFailInA200IsRetryableOnlyWhenEveryErrorSaysSo() {
		BodyFailure mixed = reader.failureIn(ApiJson.mapper().readTree("{\"data\":[],\"fail\":[{\"errors\":["
				+ "{\"code\":\"err_busy\",\"message\":\"Try again\",\"retryable\":true},"
				+ "{\"code\":\"err_bad\",\"message\":\"No\",\"retryable\":false}]}]}"));
		BodyFailure noErrors = reader.failureIn(ApiJson.mapper().readTree("{\"fail\":[{\"key\":\"x\"}]}"));

		assertThat(mixed).isEqualTo(new BodyFailure("err_busy: Try again; err_bad: No", false));
		assertThat(noErrors.retryable()).isFalse();
		assertThat(reader.failureIn(ApiJson.mapper().readTree("{\"data\":[{}],\"fail\":[]}"))).isNull();
	}

}
