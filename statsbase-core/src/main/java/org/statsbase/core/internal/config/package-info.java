/**
 * Internals shared by the configuration loaders of statsbase-core (deadline calendars, form
 * definitions): strict JSON tree reading, problem collection with JSON paths, identifier
 * normalisation. Not exported.
 */
package org.statsbase.core.internal.config;
