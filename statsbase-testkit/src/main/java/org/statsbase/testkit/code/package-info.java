/**
 * jqwik arbitraries for the code types of {@code org.statsbase.core.code}: valid codes, and
 * for each reason an arbitrary of inputs that fail for exactly that reason.
 */
package org.statsbase.testkit.code;
