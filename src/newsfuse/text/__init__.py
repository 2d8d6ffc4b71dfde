"""Text primitives every stage shares: sentences with offsets, words, shingles."""

from newsfuse.text.sentences import Sentence, split_sentences
from newsfuse.text.words import content_words, word_tokens

__all__ = ["Sentence", "content_words", "split_sentences", "word_tokens"]
