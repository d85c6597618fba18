package com.msprecon.http;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's HTTP time: the system clock, with waits that {@code GracefulStop} can end (SIGTERM). */
@Configuration(proxyBeanMethods = false)
public class HttpTimeConfiguration {

	@Bean
	public StopSignal stopSignal() {
		return new StopSignal();
	}

	@Bean
	public HttpTime httpTime(StopSignal stopSignal) {
		return HttpTime.system(stopSignal);
	}

}
