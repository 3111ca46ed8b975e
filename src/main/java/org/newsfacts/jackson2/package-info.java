/**
 * The newsfacts module for Jackson 2 databind ({@code com.fasterxml.jackson.databind}), an optional
 * dependency: {@link org.newsfacts.jackson2.NewsFactsModule}, found by
 * {@code ObjectMapper.findAndRegisterModules()}.
 */
package org.newsfacts.jackson2;
