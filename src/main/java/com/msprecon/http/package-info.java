/**
 * What the API sources share: requests with retries and backoff (Spring Framework's core retry), server retry
 * hints, a client-side rate limit, a paging-loop guard, secret redaction, waits that a stop (SIGTERM) ends, and
 * {@code ApiRecordReader}, the base of the resumable readers, which turns API records into input rows or rejects.
 * Uses only {@code input} (rows, rejects, field errors, text limits), Spring Web, Spring Batch and Jackson.
 */
package com.msprecon.http;
