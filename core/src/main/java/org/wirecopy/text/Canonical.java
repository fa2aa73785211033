package org.wirecopy.text;

import java.util.Optional;
import org.wirecopy.model.Article;
import org.wirecopy.model.Part;
import org.wirecopy.model.Photo;

/**
 * The canonical text of each element: what the writer writes for an element built or edited in
 * code, and what the parser records to tell an unedited element from an edited one.
 */
final class Canonical {

  private Canonical() {}

  /** The element's canonical text, or empty when the article has no such element. */
  static Optional<String> of(Article article, Part part, int index) {
    return switch (part) {
      case TRIVIA -> Optional.empty();
      case PUBLISHED -> article.published()
          .map(ts -> Timestamps.write(ts, false, article.language()));
      case UPDATED -> article.updated()
          .map(ts -> Timestamps.write(ts, true, article.language()));
      case TOPIC -> index < article.topics().size()
          ? Optional.of(article.topics().get(index).name()) : Optional.empty();
      case BYLINE -> article.byline();
      case HEADLINE -> article.headline();
      case PHOTO -> article.photo().map(Canonical::photo);
      case LEAD -> article.lead();
      case DATELINE -> article.dateline().map(d -> Datelines.write(d, article.language()));
      case BLOCK -> index < article.body().size()
          ? Optional.of(article.body().get(index).text()) : Optional.empty();
    };
  }

  /** {@code caption © credit}: one line that the header rules read back as this photo. */
  static String photo(Photo photo) {
    if (photo.credit().isEmpty()) {
      return photo.caption().orElseThrow() + " ©";
    }
    return photo.caption().map(c -> c + " © ").orElse("© ") + photo.credit().get();
  }
}
