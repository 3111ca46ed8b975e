/**
 * The facts that news articles report, as immutable, validated values: a {@link
 * org.newsfacts.FactSheet} holds the {@link org.newsfacts.Source} and the {@link
 * org.newsfacts.Participant}s, {@link org.newsfacts.Meeting}s, {@link org.newsfacts.Statement}s and
 * {@link org.newsfacts.Claim}s it reports, each anchored to the exact text by {@link
 * org.newsfacts.Evidence}.
 *
 * <p>Nothing here can be built invalid: a broken rule throws a {@link
 * org.newsfacts.ValidationException} naming the path, the rule and the problem of every violation.
 * Absent facts are {@code Optional.empty()}; collections are unmodifiable and never null.
 */
package org.newsfacts;
