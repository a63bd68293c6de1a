/**
 * Integrity of archived material: fixity with SHA-256 and SM3, and the four-property check of DA/T 70-2018
 * (authenticity, integrity, usability, security) with a report of every finding. API package.
 */
package org.statsbase.archive.integrity;
