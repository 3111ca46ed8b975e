/**
 * JSON for fact sheets: {@link org.newsfacts.json.FactSheetJson} reads strictly, with every
 * problem reported by path, line and column in a {@link org.newsfacts.json.JsonReadException},
 * and writes canonically, so that equal sheets give identical bytes.
 */
package org.newsfacts.json;
