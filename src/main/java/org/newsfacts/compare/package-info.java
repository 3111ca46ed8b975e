/**
 * Comparing an extractor's fact sheet with a gold sheet of the same text, whatever ids each uses:
 * {@link org.newsfacts.compare.Comparison} pairs the facts by content and reports what was found,
 * missed and made up, how each found fact differs, and precision, recall and F1, strict and
 * partial, per kind of fact and overall; {@link org.newsfacts.compare.Lenient} reads imperfect
 * output and keeps what it can; {@link org.newsfacts.compare.Anchors} moves a span to where its
 * words stand.
 */
package org.newsfacts.compare;
