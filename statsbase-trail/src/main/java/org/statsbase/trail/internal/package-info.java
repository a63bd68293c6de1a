/**
 * The canonical byte encoding of events (what the hash covers). Not API.
 */
package org.statsbase.trail.internal;
