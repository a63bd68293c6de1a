/**
 * jqwik arbitraries for statsbase-confidentiality: division codes drawn from a small hierarchy (so that
 * jurisdictions contain regions often enough to matter), subjects, resources, data-item descriptions and
 * secret-items lists that cover them.
 */
package org.statsbase.testkit.confidentiality;
