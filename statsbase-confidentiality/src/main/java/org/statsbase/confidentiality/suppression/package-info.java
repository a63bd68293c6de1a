/**
 * Disclosure control of tables (统计法 2009 第二十五条; 统计工作保密制度): the primary sensitivity rules of
 * τ-ARGUS (minimum frequency, (n,k)-dominance, p%) with their protection levels, secondary suppression
 * chosen to keep the suppressed value low, and the audit that proves, by linear programs over every
 * non-negative table consistent with what is published, that no suppressed cell can be recomputed
 * closer than its protection level.
 */
package org.statsbase.confidentiality.suppression;
