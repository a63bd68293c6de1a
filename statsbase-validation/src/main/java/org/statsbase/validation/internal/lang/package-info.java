/**
 * The review-rule expression language (审核公式), internal: lexer, recursive-descent parser,
 * static checks and the compiled evaluation tree. Not exported; the API is
 * {@code org.statsbase.validation.review}.
 */
package org.statsbase.validation.internal.lang;
