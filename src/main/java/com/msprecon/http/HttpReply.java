package com.msprecon.http;

import org.springframework.http.HttpHeaders;

/** A response as received: status, headers and the whole body as text. */
public record HttpReply(int status, HttpHeaders headers, String body) {

}
