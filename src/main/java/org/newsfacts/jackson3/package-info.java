/**
 * The newsfacts module for Jackson 3 databind ({@code tools.jackson.databind}), an optional
 * dependency: {@link org.newsfacts.jackson3.NewsFactsModule}, found by
 * {@code JsonMapper.builder().findAndAddModules()}.
 */
package org.newsfacts.jackson3;
