/**
 * Levels shared by several modules: the severity of a review rule; later the confidentiality
 * levels. API package.
 */
package org.statsbase.core.level;
