/**
 * Fact sheets in other vocabularies: {@link org.newsfacts.export.SchemaOrgExport} writes
 * schema.org JSON-LD, {@link org.newsfacts.export.WebAnnotationExport} W3C Web Annotations that
 * anchor every statement and claim to its evidence spans. Both read the model through its public
 * API.
 */
package org.newsfacts.export;
