package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.wirecopy.model.Block;

/** Reads a body block: {@code {"type": "paragraph" | "subheading", "text": ...}}. */
final class BlockDeserializer extends StdDeserializer<Block> {

  static final BlockDeserializer INSTANCE = new BlockDeserializer();

  private BlockDeserializer() {
    super(Block.class);
  }

  @Override
  public Block deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Block.Builder block = Block.builder();
    Input.object(p, ctxt, this, Block.class, name -> {
      switch (name) {
        case "type" -> block.type(EnumDeserializer.BLOCK_TYPE.deserialize(p, ctxt));
        case "text" -> block.text(Input.requiredString(p, ctxt, Block.class));
        default -> {
          return false;
        }
      }
      return true;
    });
    return Input.build(p, ctxt, Block.class, block::build);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("type", "text");
  }
}
