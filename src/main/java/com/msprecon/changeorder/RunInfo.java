package com.msprecon.changeorder;

import java.time.LocalDate;

/** What identifies a run on its outputs. */
public record RunInfo(long runId, LocalDate asOfDate, String period, long attempt) {

}
