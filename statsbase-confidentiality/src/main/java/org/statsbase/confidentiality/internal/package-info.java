/**
 * Internals of statsbase-confidentiality: text checks and template filling shared by the API packages.
 * Not exported; never in a public signature.
 */
package org.statsbase.confidentiality.internal;
