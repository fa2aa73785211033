/**
 * The wirecopy model as JSON, through a Jackson 2 module: {@link
 * org.wirecopy.jackson.WirecopyModule} is the one public type.
 *
 * <p>The model carries no Jackson annotations; each value has a package-private
 * {@code <Type>Serializer} and {@code <Type>Deserializer} written against its builder. The JSON
 * shape is described by the JSON Schema (draft 2020-12) shipped as the resource
 * {@code org/wirecopy/jackson/article.schema.json}.
 */
package org.wirecopy.jackson;
