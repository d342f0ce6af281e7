/**
 * Concept matching. The lexicon defines each domain concept once as Lucene query syntax; the answer is
 * analysed once into a {@link org.apache.lucene.index.memory.MemoryIndex} whose positions jump at every
 * sentence, and each concept's query reports its matches with offsets. The
 * {@link dev.assay.engine.concept.PolarityDetector} then reads each mention's own clause for negation,
 * contrast, hedges and deferral. Instructors' queries for custom criteria are parsed by the
 * {@link dev.assay.engine.concept.ConceptQueryParser}, which lets them name lexicon concepts, and matched
 * the same way.
 */
package dev.assay.engine.concept;
