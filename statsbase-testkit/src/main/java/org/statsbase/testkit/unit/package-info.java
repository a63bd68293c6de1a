/**
 * jqwik arbitraries for {@code org.statsbase.core.unit}: statistical units, business-register
 * entries, enterprises with size metrics fine enough for their row of 统计上大中小微型企业划分办法
 * （2017）, industry codes per size row and per "四上" category, and values around the bounds and
 * thresholds. {@link org.statsbase.testkit.unit.UnitArbitraryProvider} makes {@code @ForAll
 * StatisticalUnit}, {@code @ForAll SizedEnterprise} and {@code @ForAll AboveScaleInput} work.
 */
package org.statsbase.testkit.unit;
