/**
 * Statistical units and the rules that place them: the three kinds of unit, the business
 * register 基本单位名录库 with its red line 先进库、后有数 / 不在库、不出数 (国统字〔2012〕12号), the
 * enterprise size scheme 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号) and the
 * "四上" above-scale status.
 *
 * <p>Both classifications are driven by one dated data table each (resources beside these
 * classes), which name their source; users may load a replacement table. Every answer says which
 * table row decided and why.
 *
 * <p>Zones: this package is API; {@code .internal} is not exported.
 */
package org.statsbase.core.unit;
