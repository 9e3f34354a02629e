/**
 * The {@code ConstraintValidator} implementations behind the constraint annotations of
 * {@link io.github.tradecoop.validation}. Not exported: applications name the annotations,
 * never these classes. The package is opened so that any Bean Validation provider can
 * instantiate them on the module path.
 */
@NullMarked
package io.github.tradecoop.validation.internal;

import org.jspecify.annotations.NullMarked;
