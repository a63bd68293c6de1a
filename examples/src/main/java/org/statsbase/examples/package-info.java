/**
 * Runnable programs a new user starts from. {@link org.statsbase.examples.DistrictRegisterExample}
 * builds a synthetic district register, checks every unit's codes and classifies size and
 * "四上" status. Examples are not API: copy from them.
 */
package org.statsbase.examples;
