/**
 * Levels shared by several modules: the severity of a review rule ({@link org.statsbase.core.level.Severity})
 * and the confidentiality level of statistical data ({@link org.statsbase.core.level.ConfidentialityLevel}).
 * API package.
 */
package org.statsbase.core.level;
