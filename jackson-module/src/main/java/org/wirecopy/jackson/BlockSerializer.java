package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Block;

/** Writes a body block: {@code {"type": "paragraph", "text": ...}}. */
final class BlockSerializer extends StdSerializer<Block> {

  static final BlockSerializer INSTANCE = new BlockSerializer();

  private BlockSerializer() {
    super(Block.class);
  }

  @Override
  public void serialize(Block block, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(block);
    gen.writeStringField("type", EnumNames.BLOCK_TYPE.name(block.type()));
    gen.writeStringField("text", block.text());
    gen.writeEndObject();
  }
}
