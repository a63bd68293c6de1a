/**
 * jqwik arbitraries for statsbase-confidentiality: division codes drawn from a small hierarchy (so that
 * jurisdictions contain regions often enough to matter), subjects, resources, data-item descriptions and
 * secret-items lists that cover them; for disclosure control, skewed microdata over flat, division and industry
 * hierarchies ({@link org.statsbase.testkit.confidentiality.Microdata}), the tables tabulated from it
 * ({@link org.statsbase.testkit.confidentiality.Tables}) and sensitivity-rule specifications, valid and invalid
 * ({@link org.statsbase.testkit.confidentiality.SensitivityRuleSpecs}).
 */
package org.statsbase.testkit.confidentiality;
