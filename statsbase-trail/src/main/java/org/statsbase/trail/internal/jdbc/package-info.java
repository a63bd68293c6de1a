/**
 * JDBC plumbing shared by the JDBC stores of statsbase (statsbase-trail's event store and
 * statsbase-archive's catalog): where connections come from, and URLs without credentials for
 * messages. Not API: exported to statsbase-archive only.
 */
package org.statsbase.trail.internal.jdbc;
