/**
 * The validators of the code constraints and their message templates. Internal: not exported,
 * never in a public signature; opened by the module so that a validation provider can instantiate
 * the validators reflectively.
 */
package org.statsbase.validation.constraints.internal;
