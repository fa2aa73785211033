package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Photo;

/** Writes a photo: {@code {"caption": ..., "credit": ...}}, either may be null. */
final class PhotoSerializer extends StdSerializer<Photo> {

  static final PhotoSerializer INSTANCE = new PhotoSerializer();

  private PhotoSerializer() {
    super(Photo.class);
  }

  @Override
  public void serialize(Photo photo, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(photo);
    Output.string(gen, "caption", photo.caption());
    Output.string(gen, "credit", photo.credit());
    gen.writeEndObject();
  }
}
