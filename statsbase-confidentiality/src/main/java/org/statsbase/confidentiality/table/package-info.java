/**
 * Tables for publication built from unit-level contributions (基层数据): dimensions that may be
 * hierarchies (统计用区划代码 levels, GB/T 4754-2017 sections and divisions, flat code lists), every
 * margin of every level, and per cell the value, the contributor counts and the contributions the
 * sensitivity rules of {@code org.statsbase.confidentiality.suppression} read (统计法 2009 第二十五条:
 * aggregates from which a single respondent can be inferred must not be published).
 */
package org.statsbase.confidentiality.table;
