/**
 * The event stores that ship with statsbase-trail.
 */
package org.statsbase.trail.store;
