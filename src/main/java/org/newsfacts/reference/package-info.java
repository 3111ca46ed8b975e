/**
 * Reference data shipped in the jar for other projects' tests: {@link
 * org.newsfacts.reference.ReferenceArticle}, one real article and its complete fact sheet.
 */
package org.newsfacts.reference;
