/**
 * Access decisions (统计工作保密制度; 统计法 2009 第九条, 第二十五条): a {@link org.statsbase.confidentiality.access.Subject}
 * asks to perform an {@link org.statsbase.confidentiality.access.Action} on a
 * {@link org.statsbase.confidentiality.access.Resource}; {@link org.statsbase.confidentiality.access.AccessPolicy}
 * permits or denies with the rule and reason, and {@link org.statsbase.confidentiality.access.AccessControl} writes
 * every decision to the trail ({@link org.statsbase.confidentiality.access.AccessEvents}). API package.
 */
package org.statsbase.confidentiality.access;
