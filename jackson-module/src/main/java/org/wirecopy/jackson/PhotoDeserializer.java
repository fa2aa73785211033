package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Photo;

/** Reads a photo: {@code {"caption": ..., "credit": ...}}. */
final class PhotoDeserializer extends StdDeserializer<Photo> {

  static final PhotoDeserializer INSTANCE = new PhotoDeserializer();

  private PhotoDeserializer() {
    super(Photo.class);
  }

  @Override
  public Photo deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Photo.Builder photo = Photo.builder();
    Input.object(p, ctxt, this, Photo.class, name -> {
      switch (name) {
        case "caption" -> photo.caption(Optional.ofNullable(Input.string(p, ctxt, Photo.class)));
        case "credit" -> photo.credit(Optional.ofNullable(Input.string(p, ctxt, Photo.class)));
        default -> {
          return false;
        }
      }
      return true;
    });
    return Input.build(p, ctxt, Photo.class, photo::build);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("caption", "credit");
  }
}
