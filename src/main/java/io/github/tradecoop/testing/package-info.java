/**
 * Assertions for applications' own tests: "the fair signed RMB 13.6 billion" checked against an
 * exact sum within the report's rounding and qualifier, consistency and validity with every
 * problem listed. JDK only: failures are {@link java.lang.AssertionError}, so the assertions work
 * with JUnit 4, 5 and 6, TestNG and AssertJ alike.
 *
 * <pre>{@code
 * Money itemised = Money.total(CNY, projects.stream().map(SignedProject::value).toList());
 * TradeAssertions.assertReported("RMB 13.6 billion", itemised);
 * TradeAssertions.assertConsistent(fair);
 * }</pre>
 */
@NullMarked
package io.github.tradecoop.testing;

import org.jspecify.annotations.NullMarked;
