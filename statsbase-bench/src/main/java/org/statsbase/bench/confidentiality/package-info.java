/**
 * The disclosure-control benchmark (统计工作保密制度, statsbase-confidentiality): primary and secondary
 * suppression plus the full linear-programming audit of a district table of about 1,000 cells. Never
 * run by the build: see the module's README.md for the commands.
 */
package org.statsbase.bench.confidentiality;
