package com.msprecon.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that runs a job or a step against a real database, or the application in a process of its own: the
 * slow half of the suite. Failsafe runs these ({@code ./mvnw verify}); Surefire runs everything else
 * ({@code ./mvnw test}, seconds). Inherited, so every subclass of a tagged test is one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(JobTest.TAG)
public @interface JobTest {

	String TAG = "job";

}
