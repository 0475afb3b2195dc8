// natural's stemmers are imported by deep path (its root import drags in databases and Node
// modules). They ship no typings at these paths; this is the part of their shape we use.
interface NaturalStemmer {
  stem(token: string): string;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_es.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_pt.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_it.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
