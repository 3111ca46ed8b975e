/**
 * Reference data shipped in the jar for other projects' tests: {@link
 * org.newsfacts.reference.ReferenceArticle}, one real article and its complete fact sheet, and
 * {@link org.newsfacts.reference.ReferenceCorpus}, a few more real items with their gold sheets
 * and the credit and terms of each.
 */
package org.newsfacts.reference;
