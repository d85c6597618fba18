package com.msprecon.job;

import org.springframework.batch.core.listener.StepListener;

/**
 * A listener that every step of every job gets (see {@link JobSteps}): the progress log in production; the tests
 * add their fault injector the same way, so that nothing test-only is part of a production step.
 */
public interface StepObserver extends StepListener {

}
