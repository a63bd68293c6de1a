/**
 * JMH benchmarks of statsbase, each beside the peer people use today on the same inputs. Never
 * run by the build: see the module's README.md for the command.
 */
package org.statsbase.bench;
