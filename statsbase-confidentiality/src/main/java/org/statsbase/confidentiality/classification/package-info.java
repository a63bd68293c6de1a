/**
 * Classification of statistical data (统计工作保密制度; 统计数据分类分级标准规范 2022): how secret a data item
 * is ({@link org.statsbase.core.level.ConfidentialityLevel}) and for how long, its class (基层数据 / 综合数据)
 * and grade (核心 / 重要 / 一般), with the reasons in Chinese and English.
 * {@link org.statsbase.confidentiality.classification.DataClassifier} is the entry point. API package.
 */
package org.statsbase.confidentiality.classification;
