/**
 * The error codes of statsbase-archive ({@code SB-ARC-NNNN}) and its exception type. API package.
 */
package org.statsbase.archive.error;
