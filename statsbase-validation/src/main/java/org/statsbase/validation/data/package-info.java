/**
 * Data to review: values (with <em>missing</em>), typed schemas, record keys and datasets.
 * API package.
 */
package org.statsbase.validation.data;
